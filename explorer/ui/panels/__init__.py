"""The window's panels. Each is a QWidget subclass constructed as ``Panel(state: AppState, parent=None)``
with a class method ``title() -> str`` (translated). The main window adds one dock per entry of
``EXTRA_PANELS`` (module name in this package, class name), after its own panels; a panel's author adds
its entry here once the panel works.
"""

EXTRA_PANELS: list[tuple[str, str]] = [
    ("inference_panel", "InferencePanel"),
    ("compare_view", "CompareView"),
    ("training_panel", "TrainingPanel"),
]
