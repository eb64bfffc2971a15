"""Running: the build (targets, manifest, lock, kernel) and every file chiso writes, written
whole or not at all.
"""
