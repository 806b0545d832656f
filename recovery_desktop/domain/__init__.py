"""Feature data and pure logic, one module per feature. No Qt here."""
