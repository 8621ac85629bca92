"""Scale (issue 7): bulk archives on a Dask cluster, one writer per database, resumable.

``run_scale_ingest(store, archives, ScaleOptions(...), scheduler=...)`` partitions WARC and JSONL
archives (:mod:`~minewatch.scale.plan`), runs the relevance filter and extraction on workers
(:mod:`~minewatch.scale.work`), and stores documents and claims through one writer per database
(:mod:`~minewatch.scale.writer`), recording each partition's state so that a re-run skips what is
done.  ``minewatch ingest --engine dask`` is the command.
"""

from minewatch.scale.engine import run_scale_ingest
from minewatch.scale.plan import Partition, plan_archive
from minewatch.scale.results import ScaleOptions, ScaleSummary

__all__ = ["Partition", "ScaleOptions", "ScaleSummary", "plan_archive", "run_scale_ingest"]
