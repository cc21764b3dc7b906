"""The Qt shell: PySide6 and pyqtgraph widgets bound to explorer.core objects. No torch logic here."""
