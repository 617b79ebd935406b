"""Confinement (child only): rlimits, namespaces, a seccomp filter and an audit hook.

Applied by the child to itself, before the solution is loaded; see
docs/judge.md ("The sandbox") for what each layer covers in each mode.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import types

THREAD_STACK_BYTES = 1 << 20

_SYSCALLS = {
    # name: (x86_64, aarch64)
    "fork": (57, None),
    "vfork": (58, None),
    "clone": (56, 220),
    "clone3": (435, 435),
    "execve": (59, 221),
    "execveat": (322, 281),
    "kill": (62, 129),
    "tkill": (200, 130),
    "tgkill": (234, 131),
    "ptrace": (101, 117),
    "process_vm_readv": (310, 270),
    "process_vm_writev": (311, 271),
    "socket": (41, 198),
    "unshare": (272, 97),
    "setns": (308, 268),
    "mount": (165, 40),
    "umount2": (166, 39),
    "pivot_root": (155, 41),
    "chroot": (161, 51),
    "io_uring_setup": (425, 425),
    "io_uring_enter": (426, 426),
    "io_uring_register": (427, 427),
    "bpf": (321, 280),
    "perf_event_open": (298, 241),
    "userfaultfd": (323, 282),
    "keyctl": (250, 219),
    "add_key": (248, 217),
    "request_key": (249, 218),
    "pidfd_open": (434, 434),
    "pidfd_getfd": (438, 438),
    "pidfd_send_signal": (424, 424),
    "init_module": (175, 105),
    "finit_module": (313, 273),
    "delete_module": (176, 106),
    "reboot": (169, 142),
    "kexec_load": (246, 104),
    "swapon": (167, 224),
    "swapoff": (168, 225),
    "open_tree": (428, 428),
    "move_mount": (429, 429),
    "fsopen": (430, 430),
    "fsconfig": (431, 431),
    "fsmount": (432, 432),
    "fspick": (433, 433),
    "mount_setattr": (442, 442),
    "kcmp": (312, 272),
}
_ALWAYS_DENIED = tuple(
    name for name in _SYSCALLS if name not in {"clone", "clone3", "kill", "tgkill"}
)


def seccomp_program(machine: str, own_pid: int) -> bytes | None:
    """A classic-BPF seccomp filter; None on an architecture we have no table for."""
    import struct

    if machine in ("x86_64", "amd64"):
        column, arch = 0, 0xC000003E
    elif machine in ("aarch64", "arm64"):
        column, arch = 1, 0xC00000B7
    else:
        return None
    ld_abs, jeq, jset, jge, ret = 0x20, 0x15, 0x45, 0x35, 0x06
    allow, kill_process = 0x7FFF0000, 0x80000000
    eperm, enosys = 0x00050000 | 1, 0x00050000 | 38
    clone_thread = 0x00010000

    def nr(name):
        return _SYSCALLS[name][column]

    # (code, jt_label, jf_label, k); labels resolve to relative jumps.
    prog: list = []
    labels: dict = {}

    def emit(code, k, jt=None, jf=None):
        prog.append([code, jt, jf, k])

    emit(ld_abs, 4)  # arch
    emit(jeq, arch, jt="next", jf="kill")
    emit(ld_abs, 0)  # syscall number
    if column == 0:
        emit(jge, 0x40000000, jt="deny", jf="next")  # x32 ABI
    for name in _ALWAYS_DENIED:
        number = nr(name)
        if number is not None:
            emit(jeq, number, jt="deny", jf="next")
    emit(jeq, nr("clone"), jt="clone", jf="next")
    emit(jeq, nr("clone3"), jt="enosys", jf="next")
    emit(jeq, nr("kill"), jt="self", jf="next")
    emit(jeq, nr("tgkill"), jt="self", jf="next")
    emit(ret, allow)
    # BPF jumps only forward, so the argument checks sit before the returns.
    labels["clone"] = len(prog)
    emit(ld_abs, 16)  # low 32 bits of the first argument (flags)
    emit(jset, clone_thread, jt="allow", jf="deny")
    labels["self"] = len(prog)
    emit(ld_abs, 16)  # low 32 bits of the first argument (pid / tgid)
    emit(jeq, own_pid, jt="allow", jf="deny")
    labels["allow"] = len(prog)
    emit(ret, allow)
    labels["deny"] = len(prog)
    emit(ret, eperm)
    labels["enosys"] = len(prog)
    emit(ret, enosys)
    labels["kill"] = len(prog)
    emit(ret, kill_process)

    out = b""
    for index, (code, jt, jf, k) in enumerate(prog):

        def rel(label, here=index):
            if label is None:
                return 0
            target = here + 1 if label == "next" else labels[label]
            offset = target - here - 1
            if not 0 <= offset <= 255:
                raise ValueError("seccomp jump out of range")
            return offset

        out += struct.pack("<HBBI", code, rel(jt), rel(jf), k & 0xFFFFFFFF)
    return out


def confine(limits: dict, report: dict) -> None:
    """Apply OS-level limits to this process before any user code exists."""
    import resource

    def setlimit(which, soft, hard=None):
        hard = soft if hard is None else hard
        try:
            _, current_hard = resource.getrlimit(which)
            if current_hard != resource.RLIM_INFINITY:
                soft, hard = min(soft, current_hard), min(hard, current_hard)
            resource.setrlimit(which, (soft, hard))
            return True
        except (ValueError, OSError):
            return False

    memory = int(limits["memory_mb"]) << 20
    report["rlimits"] = {
        "cpu": setlimit(
            resource.RLIMIT_CPU, int(limits["cpu_seconds"]), int(limits["cpu_seconds"]) + 1
        ),
        "data": setlimit(resource.RLIMIT_DATA, memory),
        "as": setlimit(resource.RLIMIT_AS, max(memory * 8, 2 << 30)),
        "fsize": setlimit(resource.RLIMIT_FSIZE, int(limits["file_mb"]) << 20),
        "nofile": setlimit(resource.RLIMIT_NOFILE, 256),
        "core": setlimit(resource.RLIMIT_CORE, 0),
    }
    with contextlib.suppress(OSError, ValueError):
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # an oversized write fails with EFBIG instead
    threading.stack_size(THREAD_STACK_BYTES)  # threads fit under the data limit

    libc = None
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
        except (ImportError, OSError):
            libc = None
    report["userns"] = report["netns"] = False
    if libc is not None:
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
        pr_set_timerslack = 29
        libc.prctl(pr_set_timerslack, 1000, 0, 0, 0)  # short sleeps really short (interleaving)
        if limits.get("unshare", True):
            uid, gid = os.getuid(), os.getgid()
            clone_newuser, clone_newnet = 0x10000000, 0x40000000
            if libc.unshare(clone_newuser) == 0:
                try:
                    with open("/proc/self/setgroups", "w") as handle:
                        handle.write("deny")
                    with open("/proc/self/uid_map", "w") as handle:
                        handle.write(f"{uid} {uid} 1")
                    with open("/proc/self/gid_map", "w") as handle:
                        handle.write(f"{gid} {gid} 1")
                    report["userns"] = True
                except OSError:
                    pass
            if libc.unshare(clone_newnet) == 0:
                report["netns"] = True
    # Processes: RLIMIT_NPROC counts tasks (threads too) per user, per user
    # namespace; the kernel ignores it for root, so the seccomp filter is what
    # really forbids new processes. Threads are also bounded by the data limit.
    nproc = int(limits["processes"])
    if limits.get("add_user_tasks") and not report["userns"]:
        nproc += _count_user_tasks(os.getuid())
    applied = setlimit(resource.RLIMIT_NPROC, nproc)
    report["rlimits"]["nproc"] = bool(applied and not limits.get("root"))
    report["seccomp"] = False
    if libc is not None and limits.get("seccomp", True):
        import ctypes
        import platform

        program = seccomp_program(platform.machine(), os.getpid())
        if program is not None:

            class SockFprog(ctypes.Structure):
                _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

            buffer = ctypes.create_string_buffer(program, len(program))
            fprog = SockFprog(len(program) // 8, ctypes.addressof(buffer))
            pr_set_no_new_privs, pr_set_seccomp, seccomp_mode_filter = 38, 22, 2
            if libc.prctl(pr_set_no_new_privs, 1, 0, 0, 0) == 0:
                ok = libc.prctl(pr_set_seccomp, seccomp_mode_filter, ctypes.byref(fprog), 0, 0)
                report["seccomp"] = ok == 0
    # ctypes is done with; a user import has to load it again, which the guard refuses.
    for name in [m for m in sys.modules if m == "ctypes" or m.startswith(("ctypes.", "_ctypes"))]:
        del sys.modules[name]


def _count_user_tasks(uid: int) -> int:
    total = 0
    try:
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/status") as handle:
                    owner = threads = None
                    for line in handle:
                        if line.startswith("Uid:"):
                            owner = int(line.split()[1])
                        elif line.startswith("Threads:"):
                            threads = int(line.split()[1])
                if owner == uid and threads:
                    total += threads
            except (OSError, ValueError, IndexError):
                continue
    except OSError:
        return 0
    return total


_DENIED_EVENTS = frozenset(
    {
        "os.fork",
        "os.forkpty",
        "os.system",
        "os.exec",
        "os.posix_spawn",
        "os.spawn",
        "subprocess.Popen",
        "pty.spawn",
        "os.killpg",
        "os.symlink",
        "os.link",
        "os.chdir",
        "os.chroot",
        "os.putenv",
        "os.unsetenv",
        "os.startfile",
        "socket.connect",
        "socket.bind",
        "socket.sendto",
        "socket.sendmsg",
        "socket.getaddrinfo",
        "socket.gethostbyname",
        "socket.gethostbyaddr",
        "socket.getnameinfo",
        "mmap.__new__",
        "ctypes.dlopen",
        "ctypes.dlsym",
        "ctypes.dlsym/handle",
        "ctypes.call_function",
        "ctypes.cdata",
        "ctypes.cdata/buffer",
        "ctypes.string_at",
        "ctypes.wstring_at",
        "ctypes.addressof",
        "ctypes.create_string_buffer",
        "ctypes.set_errno",
        "sys.addaudithook",
        "sys.setprofile",
        "sys.remote_exec",
        "shutil.rmtree",
        "os.setxattr",
        "os.removexattr",
        "fcntl.ioctl",
        "winreg.OpenKey",
        "webbrowser.open",
        "urllib.Request",
        "http.client.connect",
        "ftplib.connect",
        "smtplib.connect",
        "telnetlib.Telnet.open",
        "poplib.connect",
        "imaplib.open",
        "nntplib.connect",
    }
)
_DENIED_IMPORTS = frozenset(
    {"ctypes", "_ctypes", "multiprocessing", "_multiprocessing", "_posixshmem", "pty", "resource"}
)


def install_guard(read_roots: tuple, scratch: str) -> None:
    """An audit hook: the in-process layer, on top of the OS-level limits.

    It cannot be removed once added. Everything it uses is bound as a default
    argument now, so patching a module or a builtin later does not change it,
    and rewriting the code or defaults of the judge's own functions is refused.
    """

    def normalise(
        path,
        _str=str,
        _bytes=bytes,
        _isinstance=isinstance,
        _join=str.join,
        _split=str.split,
        _startswith=str.startswith,
        _decode=bytes.decode,
        _scratch=scratch,
    ):
        if _isinstance(path, _bytes):
            path = _decode(_bytes(path), "utf-8", "surrogateescape")
        elif _isinstance(path, _str):
            path = _str.__str__(path)
        else:
            return None
        if not _startswith(path, "/"):
            path = _scratch + "/" + path
        parts: list = []
        for part in _split(path, "/"):
            if part in ("", "."):
                continue
            if part == "..":
                if parts:
                    parts.pop()
                continue
            parts.append(part)
        return "/" + _join("/", parts)

    def inside(path, roots, _startswith=str.startswith):
        # A loop, not any(): the guard must not look up builtins a user could replace.
        for root in roots:  # noqa: SIM110
            if path == root or _startswith(path, root + "/"):
                return True
        return False

    def hook(
        event,
        args,
        _denied=_DENIED_EVENTS,
        _denied_imports=_DENIED_IMPORTS,
        _normalise=normalise,
        _inside=inside,
        _int=int,
        _bool=bool,
        _str=str,
        _len=len,
        _isinstance=isinstance,
        _type=type,
        _function=types.FunctionType,
        _perm=PermissionError,
        _imperr=ImportError,
        _read=read_roots,
        _rw=(scratch,),
        _special=("/dev/null", "/dev/urandom", "/dev/random", "/dev/zero"),
        _frozen_attrs=("__code__", "__defaults__", "__kwdefaults__", "__closure__"),
        _own_file=install_guard.__code__.co_filename,
        _written=set(),  # noqa: B006 - deliberately shared: distinct files opened for writing
        _max_written=16,
        _own=os.getpid(),
    ):
        if event in _denied:
            raise _perm(f"not allowed in the judge sandbox: {event}")
        if event == "open":
            target = args[0]
            if _isinstance(target, _int) and not _isinstance(target, _bool):
                return
            path = _normalise(target)
            if path is None:
                raise _perm("not allowed in the judge sandbox: open() needs a str or bytes path")
            mode = args[1] if _len(args) > 1 else "r"
            flags = args[2] if _len(args) > 2 else 0
            writing = False
            if _isinstance(mode, _str):
                for char in "wax+":
                    if char in mode:
                        writing = True
            if _isinstance(flags, _int) and (flags & 0o3 or flags & 0o100 or flags & 0o1000):
                writing = True
            if _inside(path, _rw):
                if writing and path not in _written:
                    if _len(_written) >= _max_written:
                        raise _perm("not allowed in the judge sandbox: more than 16 files written")
                    _written.add(path)
                return
            if not writing and (path in _special or _inside(path, _read)):
                return
            raise _perm(f"not allowed in the judge sandbox: opening {path}")
        elif event in ("os.listdir", "os.scandir", "glob.glob", "os.walk"):
            target = args[0] if args else "."
            if target is None:
                target = "."
            if _isinstance(target, _int):
                return
            path = _normalise(target)
            if path is None or not (_inside(path, _rw) or _inside(path, _read)):
                raise _perm(f"not allowed in the judge sandbox: listing {path}")
        elif event in (
            "os.remove",
            "os.rename",
            "os.mkdir",
            "os.rmdir",
            "os.truncate",
            "os.chmod",
            "os.chown",
            "os.utime",
        ):
            for target in args[:2]:
                if _isinstance(target, _int):
                    continue
                path = _normalise(target)
                if path is None or not _inside(path, _rw):
                    raise _perm(
                        f"not allowed in the judge sandbox: {event} outside the scratch directory"
                    )
        elif event == "os.kill":
            if not args or args[0] != _own:
                raise _perm("not allowed in the judge sandbox: signalling another process")
        elif event == "import" and args and args[0] in _denied_imports:
            raise _imperr(f"not allowed in the judge sandbox: import {args[0]}")
        elif event == "object.__setattr__" and (
            args
            and _type(args[0]) is _function
            and _len(args) > 1
            and args[1] in _frozen_attrs
            and args[0].__code__.co_filename == _own_file
        ):
            raise _perm("not allowed in the judge sandbox: rewriting a function's code")

    sys.addaudithook(hook)
