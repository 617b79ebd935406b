"""bis: an offline command-line coach for backend engineering interviews."""

__version__ = "0.1.0"
