"""Running over many articles: files with checkpoints, worker processes, Dask."""
