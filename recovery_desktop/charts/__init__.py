"""Charts drawn with QPainter (QtGui only, no widgets): one drawing serves screen and PDF."""
