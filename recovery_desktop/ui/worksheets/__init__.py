"""Worksheet widgets: the generic form engine, its fields, the list model and the editor."""
