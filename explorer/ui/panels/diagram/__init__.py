"""The block diagram's parts: its Qt-free geometry (geometry.py), the texts that describe a family's layers
(texts.py), the canvas that draws what the geometry computes (canvas.py, fitting.py) and its export
(export.py). The panel around them is explorer.ui.panels.diagram_view.DiagramView."""
