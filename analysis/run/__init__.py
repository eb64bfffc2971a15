"""Running: the build and every file chiso writes, written whole or not at all.

`options` (what a build is asked, where outputs go by default, the shipped notebook),
`targets` (which folders each workbook's outputs take), `manifest` (fingerprints and what
the last build made), `lock` (one build per reports folder), `kernel` (a notebook run for
real), `outputs` (one workbook's files, in memory), `build` (the pipeline); `files`,
`saving`, `template`, `figure_sources` and `crash_log` for the other files chiso reads or
writes.
"""
