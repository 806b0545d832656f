"""Clean time, meetings and the support network: pages, dialogs and the lazy log model."""
