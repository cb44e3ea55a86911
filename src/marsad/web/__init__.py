"""Server-rendered, Arabic-first web pages over a marsad store (templates, SVG charts, one JS file)."""
