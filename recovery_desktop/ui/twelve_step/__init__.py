"""The Steps page: the 12-step tracker for people in recovery and for family and friends."""
