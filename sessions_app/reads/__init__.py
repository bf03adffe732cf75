"""What screens read: one module per noun (issue 16)."""
