"""Benchmarks that print figures (not timed tests): ``python -m summarizer.bench``.

1. pipeline overhead per ~1,000-word article beyond the HTTP round trip (loopback server
   answering instantly), with the round trip measured separately;
2. concurrency against a server with a fixed 500 ms latency: throughput as a share of ideal;
3. a cached re-run of 1,000 articles;
4. the offline engine: articles per second per core, alone and with the checks every
   briefing goes through (vetting); peak memory;
5. span alignment time against article length;
6. merging days of 1,000 and 10,000 overlapping briefings: time, memory, growth; the merge
   alone on 10,000 distinct articles (6d), and the whole ``summarizer daily`` command on
   them, in a process of its own (6c, ``daily_command``);
7. adversarial articles (``testing.hostile``) against normal text of the same length;
8. and 9. the HTTP service: 1,000 briefing requests at concurrency 64, and a job of 2,000
   articles (``bench.service``);
plus, with ``--local`` and the ``local`` extra installed, the tokens per second of the small
Gemma model behind llama.cpp's server.

``--quick`` shrinks every size so CI can keep the script working. Figures go to stdout as a
table, and to a JSON file with ``--out``.

One module per group: ``llm`` (1-3), ``offline`` (4, 5, 7), ``daily`` and ``daily_command``
(6), ``service`` (8, 9), ``report`` (the table, 10); ``run`` is the command.
"""
