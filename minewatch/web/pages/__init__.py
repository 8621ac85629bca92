"""Server-rendered pages: one router module per resource, over the API's data functions."""
