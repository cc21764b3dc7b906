"""Files on disk, read and written the one way this app does it.

- ``outputs``: every write atomic (temporary file, fsync, rename); pipes, devices, the program's own files and
  the inputs of the same command refused before anything is written; stale temporary files removed.
- ``inputs``: what a path is, looked at before it is opened (a pipe would block forever, a device would never
  end), and what is read bounded.
- ``runs``: a run folder checked before training and locked against a second trainer.
- ``configs``: network configs as JSON; ``errors``: what a refusal raises.
"""

from __future__ import annotations

from .configs import MAX_CONFIG_BYTES, load_config, save_config
from .errors import FileFormatError, FileWriteError, OutputRefused, RunFolderBusy, describe_os_error, path_kind
from .inputs import check_input_file, note_input, noted_inputs, open_input, read_bounded
from .outputs import (
    PART_SUFFIX,
    atomic_write_bytes,
    atomic_write_text,
    atomic_writer,
    output_target,
    program_folders,
    remove_stale_parts,
    remove_stale_temp_dirs,
    source_tree,
)
from .runs import LOCK_NAME, RunFolderLock, check_run_folder

__all__ = ["atomic_writer", "atomic_write_bytes", "atomic_write_text", "save_config", "load_config",
           "FileFormatError", "FileWriteError", "OutputRefused", "RunFolderBusy", "describe_os_error",
           "path_kind", "check_input_file", "open_input", "read_bounded", "output_target", "note_input",
           "noted_inputs", "remove_stale_parts", "remove_stale_temp_dirs", "RunFolderLock", "check_run_folder",
           "program_folders", "source_tree", "MAX_CONFIG_BYTES", "PART_SUFFIX", "LOCK_NAME"]
