"""Track records kept elsewhere: reading other platforms' exports into scenarios (``forecasts import``).

``records`` holds the platform-neutral form of a question with its forecasts, ``platforms`` reads
each platform's export into it, ``scenario_files`` writes it as scenario files (creating a file
once, then only appending what is new), ``command`` is the ``forecasts import`` command.
"""
