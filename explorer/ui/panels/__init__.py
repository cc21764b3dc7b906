"""The window's panels. Each is a ``base.Panel`` (built as ``Cls(state: AppState, parent=None)``, with a
translated ``title()``, ``retranslate()``, ``shutdown()`` and ``confirm_close()``): the main window talks to its
panels through that interface only. Besides its own panels the window adds one dock per entry of
``EXTRA_PANELS`` (module name in this package, class name), tabbed with the ledger; one that fails to import or
to build is reported in the status bar and the window opens without it.
"""

EXTRA_PANELS: list[tuple[str, str]] = [
    ("inference_panel", "InferencePanel"),
    ("compare_view", "CompareView"),
    ("training_panel", "TrainingPanel"),
    ("sweep_panel", "SweepPanel"),
]
