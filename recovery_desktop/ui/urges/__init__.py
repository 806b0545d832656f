"""Qt widgets for the urge log, its insights, and behaviours and goals."""
