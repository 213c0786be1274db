"""``make bench``: a benchmark database, the floor view, and the load runner (``benchmark.run``)."""
