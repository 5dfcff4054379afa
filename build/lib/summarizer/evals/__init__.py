"""Gold annotations, scoring, eval runs, comparisons and reports."""
