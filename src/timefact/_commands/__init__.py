"""Sub-commands of the ``timefact`` command line, one module each."""
