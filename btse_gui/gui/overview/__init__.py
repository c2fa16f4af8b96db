"""The accounts overview's views: the page, its table and model, and the switch that
puts it into the main window. Its rows and lookups live in ``btse_gui.core.overview``."""
