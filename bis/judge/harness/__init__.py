"""The child side of the judge: runs a user's solution inside the sandbox.

These modules use the standard library only. The child cannot import them
(it runs ``python -I -S``, without the ``bis`` package), so
``sandbox.harness_source()`` joins them, in the order of
``sandbox.HARNESS_MODULES``, into one program: their relative imports dropped
(everything shares one namespace), one ``from __future__`` line on top and a
call to ``main()`` at the end. The parent starts it as
``python -I -S -B -X utf8 -c <bootstrap> <result fd> <that source>`` (the
bootstrap compiles it as "<bis-judge-harness>") and sends the plan (inputs
only, never expected outputs) as JSON on stdin. Results go back as JSON lines
on the result fd; the user's stdout and stderr go to a separate, capped pipe,
so nothing the user prints can be taken for a result.

The modules, each importing only from the ones before it:
  trusted   references to built-ins, taken before any user code exists;
  values    plain JSON values (``to_plain``, ``encode``, ``digest``);
  errors    the case time-out, and user errors described with the user's frames only;
  drivers   LeetCode's implicit imports, finding the solution, running one case;
  stress    forced interleaving, thread bookkeeping, virtual time (``StressApi``);
  confine   rlimits, namespaces, the seccomp filter, the audit hook (child only);
  main      the child's main loop (child only).

Order of events in the child:
  1. read the whole plan from stdin, then point fd 0 at /dev/null;
  2. confine itself: rlimits, die-with-parent, a user+network namespace when
     the kernel allows it, a seccomp filter (no new processes, no sockets,
     no exec, no ptrace, no kill outside itself), and an audit hook
     (no files outside the stdlib and the scratch dir, no subprocess, no
     ctypes, no mmap);
  3. load the solution into a fresh module with LeetCode's implicit imports;
  4. run every case, reporting plain JSON values (``to_plain``), never the
     user's objects;
  5. report "done" and leave with ``os._exit`` so a stray thread cannot keep
     the process alive.

The parent imports ``values``, ``drivers`` and ``stress`` too, for the drivers
(``run_case``) and the implicit-import namespace, so the reference runs
exactly like the user's code. Nothing in these modules runs on import.
"""
