"""Black-box harness for the Linli API tests: runs the real `linli` binary and talks HTTP to it.

Every test in tests/api imports this module. CMake runs each tests/api/test_*.py as
`python3 -m unittest -v test_xxx` from this folder, with LINLI_BIN set to the built binary.
Only the Python standard library is used.

A server of one's own (the usual case; a fresh data directory, nothing seeded):

    from harness import Server, ApiTestCase

    class AreasTest(ApiTestCase):
        @classmethod
        def setUpClass(cls):
            cls.srv = Server(users=[("admin", "system_admin")])  # `linli user add`, then serve
            cls.addClassCleanup(cls.srv.close)                    # never leaves a process behind
            cls.admin = cls.srv.login("admin")                    # argon2id: log in once per class

        def test_create(self):
            city = self.srv.create_area(self.admin, "city", "Hezhou")
            r = self.srv.request("GET", f"/api/v1/areas/{city['id']}", token=self.admin)
            self.assertEqual(r.status, 200)
            r = self.srv.request("POST", "/api/v1/areas", {"kind": "city"}, token=self.admin)
            self.assertProblem(r, 400, "/name")

`request` returns a Reply, which unpacks as (status, headers, body): body is the parsed JSON
when the answer is JSON, else text; `reply.raw` holds the bytes. Users that need an area
(staff of a community, ...) are added once the area exists: `srv.add_user("staff.a", "staff",
area=community_id)`. Settings go in `config=` (written as DATA/config.json), for example
`Server(config={"security": {"login_max_failures": 3}})`.

The demo data (seeded once, which takes some seconds) is shared by the tests of one module:

    import harness

    def setUpModule():
        harness.start_shared(demo=True)

    def tearDownModule():
        harness.stop_shared()

    class DemoTest(harness.ApiTestCase):
        def test_staff_sees_lingfeng(self):
            srv = harness.shared()
            token = srv.login("staff.lingfeng", harness.DEMO_PASSWORD)

Prefer a fixture of one's own wherever the test does not need the demo data itself.

Processes: each server is started in its own process group; `stop()` sends SIGTERM and waits,
`kill()` sends SIGKILL, `restart()` starts again on the same data directory (the port changes),
`close()` stops and removes the temporary directory. Servers still running when the interpreter
exits are killed, and on Linux a server dies with the thread that started it (start servers
from the test's main thread, not from a worker thread). Set LINLI_KEEP_DATA=1 to keep the temporary directories for a post-mortem.
"""

from __future__ import annotations

import atexit
import contextlib
import http.client
import itertools
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import tempfile
import time
import unittest
import urllib.parse
import weakref
from typing import Any, Iterable, Iterator, Optional

__all__ = [
    "ApiTestCase", "Reply", "Server", "ServerError", "assert_problem", "linli_bin", "source_dir",
    "start_shared", "shared", "stop_shared", "unique", "DEFAULT_PASSWORD", "DEMO_PASSWORD",
    "DEMO_LOGINS",
]

DEFAULT_PASSWORD = "correct horse battery"  # the password add_user gives unless told otherwise
DEMO_PASSWORD = "linli-demo"
DEMO_LOGINS = (
    "sysadmin", "district.babu", "subdistrict.babu", "staff.lingfeng", "grid.lingfeng",
    "member.lingfeng", "resident.lingfeng", "staff.dandonglu", "resident.dandonglu",
)

START_TIMEOUT_S = 90.0    # to the "listening" line; demo seeding is included
STOP_TIMEOUT_S = 30.0     # after SIGTERM; the server drains requests in flight first
REQUEST_TIMEOUT_S = 30.0
CLI_TIMEOUT_S = 60.0

_LISTENING = re.compile(rb"linli listening on (http://[^\s:]+:(\d+))")
_ADDED = re.compile(r"added \S+ \(person (\d+), account (\d+)\)")
_VERIFY_OK = re.compile(r"ok: (\d+) events")
_names = itertools.count(1)
_live: "weakref.WeakSet[Server]" = weakref.WeakSet()


def _die_with_parent() -> None:
    """In the child before exec: SIGKILL it when the thread that started it dies, so that a test
    runner killed outright leaves no server behind (Linux; elsewhere atexit has to do)."""
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL)
    except (OSError, AttributeError):
        pass


class ServerError(RuntimeError):
    """The server or a CLI command did not behave as the harness needs (did not start, ...)."""


def linli_bin() -> str:
    """Path of the binary under test, from $LINLI_BIN."""
    path = os.environ.get("LINLI_BIN", "")
    if not path or not os.access(path, os.X_OK):
        raise unittest.SkipTest("set LINLI_BIN to the built linli binary")
    return path


def source_dir() -> str:
    """The repository's root (two levels above tests/api)."""
    return os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


def unique(prefix: str = "n") -> str:
    """A name not used before in this process, for sibling-unique things such as area names."""
    return f"{prefix}-{os.getpid()}-{next(_names)}"


class Reply:
    """An HTTP answer. Unpacks as (status, headers, body).

    headers is an http.client.HTTPMessage (case-insensitive `.get`, `.get_all`); body is the
    parsed JSON for a JSON or problem+json answer with a body, else the text; raw is the bytes.
    """

    def __init__(self, status: int, headers: http.client.HTTPMessage, body: Any, raw: bytes):
        self.status = status
        self.headers = headers
        self.body = body
        self.raw = raw

    def __iter__(self) -> Iterator[Any]:
        return iter((self.status, self.headers, self.body))

    @property
    def content_type(self) -> str:
        return self.headers.get("Content-Type", "")

    def __repr__(self) -> str:
        text = self.raw[:300].decode("utf-8", "replace")
        return f"<Reply {self.status} {self.content_type} {text}>"


def _parse_body(headers: http.client.HTTPMessage, raw: bytes) -> Any:
    ctype = headers.get("Content-Type", "")
    if raw and "json" in ctype:
        return json.loads(raw.decode("utf-8"))
    return raw.decode("utf-8", "replace")


def assert_problem(tc: unittest.TestCase, reply: Reply, status: int,
                   pointer: Optional[str] = None) -> dict:
    """Asserts `reply` is an RFC 9457 problem with `status`; when `pointer` is given, that the
    problem's errors list names it (for example "/name", "?page", "/id_number").
    Returns the problem body."""
    tc.assertEqual(reply.status, status, f"expected a {status} problem, got {reply!r}")
    tc.assertTrue(reply.content_type.startswith("application/problem+json"),
                  f"expected application/problem+json, got {reply!r}")
    body = reply.body
    tc.assertIsInstance(body, dict, repr(reply))
    tc.assertEqual(body.get("status"), status, repr(reply))
    for key in ("type", "title"):
        tc.assertIn(key, body, repr(reply))
    if pointer is not None:
        pointers = [e.get("pointer") for e in body.get("errors", [])]
        tc.assertIn(pointer, pointers, f"the problem does not name {pointer}: {reply!r}")
    return body


class ApiTestCase(unittest.TestCase):
    """unittest.TestCase with assertProblem (see assert_problem)."""

    def assertProblem(self, reply: Reply, status: int, pointer: Optional[str] = None) -> dict:
        return assert_problem(self, reply, status, pointer)

    def assertStatus(self, reply: Reply, status: int) -> Any:
        """Asserts the status and returns the body."""
        self.assertEqual(reply.status, status, repr(reply))
        return reply.body


class Server:
    """One `linli serve` process on a temporary data directory, on a free port of 127.0.0.1.

    Server(demo=False, config=None, users=(), start=True)
      demo:   pass --demo (the demo data is seeded when the database is empty).
      config: a dict written as DATA/config.json before the first start.
      users:  (login, role) or (login, role, area_id) tuples, or dicts of add_user's arguments,
              added with `linli user add` before the first start. Accounts on areas that do not
              exist yet are added later with add_user (which also works while the server runs).
      start:  start at once; otherwise call start().
    A data key is written to DATA/secret.key so that the CLI commands work without --demo.
    """

    def __init__(self, demo: bool = False, config: Optional[dict] = None,
                 users: Iterable[Any] = (), start: bool = True):
        self.binary = linli_bin()
        self.demo = demo
        self.root = tempfile.mkdtemp(prefix="linli-api-")
        self.data_dir = os.path.join(self.root, "data")
        os.makedirs(self.data_dir)
        key_path = os.path.join(self.data_dir, "secret.key")
        with open(os.open(key_path, os.O_WRONLY | os.O_CREAT, 0o600), "w") as f:
            f.write(secrets.token_hex(32) + "\n")
        if config is not None:
            with open(os.path.join(self.data_dir, "config.json"), "w") as f:
                json.dump(config, f)
        self.stdout_path = os.path.join(self.root, "stdout.log")
        self.stderr_path = os.path.join(self.root, "stderr.log")
        self.proc: Optional[subprocess.Popen] = None
        self.port = 0
        self.base_url = ""
        self.returncodes: list = []  # exit status of every finished run, in order
        _live.add(self)
        try:
            for u in users:
                if isinstance(u, dict):
                    self.add_user(**u)
                else:
                    self.add_user(*u)
            if start:
                self.start()
        except BaseException:
            self.close()
            raise

    # ----- process control -------------------------------------------------------------------

    @property
    def db_path(self) -> str:
        return os.path.join(self.data_dir, "linli.db")

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def _global_args(self) -> list:
        args = [self.binary, "--data", self.data_dir]
        if self.demo:
            args.append("--demo")
        return args

    def start(self, timeout: float = START_TIMEOUT_S) -> "Server":
        """Starts `linli serve --port 0` and waits for its "listening" line."""
        if self.running:
            raise ServerError("already running")
        with open(self.stdout_path, "ab") as out:
            offset = out.tell()
        out = open(self.stdout_path, "ab")
        err = open(self.stderr_path, "ab")
        try:
            self.proc = subprocess.Popen(
                self._global_args() + ["--port", "0", "serve"], stdin=subprocess.DEVNULL,
                stdout=out, stderr=err, start_new_session=True, preexec_fn=_die_with_parent)
        finally:
            out.close()
            err.close()
        deadline = time.monotonic() + timeout
        while True:
            with open(self.stdout_path, "rb") as f:
                f.seek(offset)
                m = _LISTENING.search(f.read())
            if m:
                self.base_url = m.group(1).decode()
                self.port = int(m.group(2))
                return self
            if self.proc.poll() is not None:
                code = self.proc.returncode
                self.returncodes.append(code)
                self.proc = None
                raise ServerError(f"linli serve exited with {code} before listening:\n"
                                  + self.log()[-3000:])
            if time.monotonic() > deadline:
                self.kill()
                raise ServerError(f"linli serve did not listen within {timeout}s:\n"
                                  + self.log()[-3000:])
            time.sleep(0.05)

    def stop(self, timeout: float = STOP_TIMEOUT_S) -> Optional[int]:
        """SIGTERM, then waits for the exit; SIGKILL if it does not come within `timeout`.
        Returns the exit status (None when nothing was running)."""
        if self.proc is None:
            return None
        proc, self.proc = self.proc, None
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        self.returncodes.append(proc.returncode)
        return proc.returncode

    def send_signal(self, sig: int = signal.SIGTERM) -> None:
        """Sends `sig` without waiting (then `wait`); for tests of what happens meanwhile."""
        if self.proc is None:
            raise ServerError("the server is not running")
        self.proc.send_signal(sig)

    def wait(self, timeout: float = STOP_TIMEOUT_S) -> int:
        """Waits for the process to exit by itself and returns its exit status; raises
        subprocess.TimeoutExpired (the process keeps running) when it does not."""
        if self.proc is None:
            raise ServerError("the server is not running")
        code = self.proc.wait(timeout)
        self.returncodes.append(code)
        self.proc = None
        return code

    def kill(self) -> Optional[int]:
        """SIGKILL, as a crash would; returns the exit status (-9)."""
        if self.proc is None:
            return None
        proc, self.proc = self.proc, None
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        self.returncodes.append(proc.returncode)
        return proc.returncode

    def restart(self, timeout: float = START_TIMEOUT_S) -> "Server":
        """Stops (SIGTERM) if running and starts again on the same data directory."""
        self.stop()
        return self.start(timeout)

    def close(self) -> None:
        """Stops the server and removes its directory (kept when LINLI_KEEP_DATA=1)."""
        try:
            self.stop()
        finally:
            _live.discard(self)
            if os.environ.get("LINLI_KEEP_DATA") == "1":
                print(f"linli data kept in {self.root}")
            else:
                shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> "Server":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def log(self) -> str:
        """Everything the server processes wrote to stdout and stderr so far."""
        parts = []
        for path in (self.stdout_path, self.stderr_path):
            try:
                with open(path, "rb") as f:
                    parts.append(f.read().decode("utf-8", "replace"))
            except FileNotFoundError:
                pass
        return "\n".join(parts)

    def log_bytes(self) -> bytes:
        out = b""
        for path in (self.stdout_path, self.stderr_path):
            if os.path.exists(path):
                with open(path, "rb") as f:
                    out += f.read()
        return out

    # ----- the CLI ---------------------------------------------------------------------------

    def cli(self, *args: str, input: Optional[str] = None, check: bool = True,
            timeout: float = CLI_TIMEOUT_S) -> subprocess.CompletedProcess:
        """Runs `linli --data DIR [--demo] ARGS...`; with check, a non-zero exit raises."""
        res = subprocess.run(self._global_args() + list(args), input=input, capture_output=True,
                             text=True, timeout=timeout)
        if check and res.returncode != 0:
            raise ServerError(f"linli {' '.join(args)} exited with {res.returncode}:\n"
                              f"{res.stdout}{res.stderr}")
        return res

    def add_user(self, login: str, role: str, area: Optional[int] = None,
                 org: Optional[int] = None, name: Optional[str] = None,
                 password: str = DEFAULT_PASSWORD) -> int:
        """`linli user add`: a new person with a login and one role. Returns the person id."""
        args = ["user", "add", "--login", login, "--name", name or login, "--role", role,
                "--password", password]
        if area is not None:
            args += ["--area", str(area)]
        if org is not None:
            args += ["--org", str(org)]
        res = self.cli(*args)
        m = _ADDED.search(res.stdout)
        if not m:
            raise ServerError(f"unexpected output of user add: {res.stdout!r}")
        return int(m.group(1))

    def verify(self) -> tuple:
        """`linli verify`: (exit status, output). Works while the server runs too."""
        res = self.cli("verify", check=False)
        return res.returncode, res.stdout + res.stderr

    def event_count(self) -> int:
        """The number of events in the record, as `linli verify` counts them (chain intact)."""
        code, out = self.verify()
        m = _VERIFY_OK.search(out)
        if code != 0 or not m:
            raise ServerError(f"linli verify failed: {out}")
        return int(m.group(1))

    def query_db(self, sql: str, params: tuple = ()) -> list:
        """Rows of a read-only query on the database (safe while the server runs: WAL)."""
        import sqlite3
        uri = "file:" + urllib.parse.quote(self.db_path) + "?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=10)) as db:
            return db.execute(sql, params).fetchall()

    def sqlite_shell(self, sql: str, check: bool = True) -> subprocess.CompletedProcess:
        """Runs `sqlite3 -json DB SQL` (the sqlite3 command-line shell), as an operator would.
        Skips the test when the shell is not installed."""
        shell = shutil.which("sqlite3")
        if not shell:
            raise unittest.SkipTest("the sqlite3 shell is not installed")
        res = subprocess.run([shell, "-json", "-bail", self.db_path, sql], capture_output=True,
                             text=True, timeout=CLI_TIMEOUT_S)
        if check and res.returncode != 0:
            raise ServerError(f"sqlite3 {sql!r} exited with {res.returncode}: {res.stderr}")
        return res

    def sqlite_json(self, sql: str) -> list:
        """Rows of `sql` through the sqlite3 shell, as a list of dicts."""
        out = self.sqlite_shell(sql).stdout.strip()
        return json.loads(out) if out else []

    def db_bytes(self) -> bytes:
        """The raw bytes of the database file and its write-ahead log."""
        out = b""
        for suffix in ("", "-wal"):
            if os.path.exists(self.db_path + suffix):
                with open(self.db_path + suffix, "rb") as f:
                    out += f.read()
        return out

    def last_event_seq(self) -> int:
        """The seq of the newest event (0 for none): a cheap "did anything get written?"."""
        return self.query_db("SELECT COALESCE(max(seq), 0) FROM events")[0][0]

    # ----- HTTP ------------------------------------------------------------------------------

    def connection(self, timeout: float = REQUEST_TIMEOUT_S) -> http.client.HTTPConnection:
        """A new keep-alive connection to the server (the caller closes it)."""
        if not self.base_url:
            raise ServerError("the server is not running")
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)

    def request(self, method: str, path: str, body: Any = None, token: Optional[str] = None,
                headers: Optional[dict] = None, raw: Optional[bytes] = None,
                query: Optional[dict] = None, conn: Optional[http.client.HTTPConnection] = None,
                timeout: float = REQUEST_TIMEOUT_S) -> Reply:
        """Sends one request and returns its Reply.

        body:    a value sent as JSON; raw: bytes sent as they are (one or the other).
        token:   sent as "Authorization: Bearer TOKEN".
        headers: extra headers; Content-Type defaults to application/json when there is a body,
                 and a header given as None is left out.
        query:   a dict appended to the path as a URL-encoded query string.
        path is sent as written (no normalisation), so "/api/v1/../x" reaches the server.
        conn:    an open connection to reuse (keep-alive); otherwise one is opened and closed.
        """
        if body is not None and raw is not None:
            raise ValueError("give body or raw, not both")
        data = raw if raw is not None else (
            json.dumps(body, ensure_ascii=False).encode("utf-8") if body is not None else None)
        hdrs = {}
        if data is not None:
            hdrs["Content-Type"] = "application/json"
        if token is not None:
            hdrs["Authorization"] = f"Bearer {token}"
        for k, v in (headers or {}).items():
            for existing in [h for h in hdrs if h.lower() == k.lower()]:
                del hdrs[existing]
            if v is not None:
                hdrs[k] = v
        if query:
            path += ("&" if "?" in path else "?") + urllib.parse.urlencode(query)
        own = conn is None
        c = conn or self.connection(timeout)
        try:
            c.request(method, path, body=data, headers=hdrs)
            resp = c.getresponse()
            payload = resp.read()
            return Reply(resp.status, resp.headers, _parse_body(resp.headers, payload), payload)
        finally:
            if own:
                c.close()

    def login(self, login: str, password: str = DEFAULT_PASSWORD) -> str:
        """Logs in and returns the bearer token (raises when the login fails)."""
        r = self.request("POST", "/api/v1/session", {"login": login, "password": password})
        if r.status != 201:
            raise ServerError(f"login {login} failed: {r!r}")
        return r.body["token"]

    # ----- fixtures --------------------------------------------------------------------------

    def create_area(self, token: str, kind: str, name: Optional[str] = None,
                    parent: Optional[int] = None, **fields: Any) -> dict:
        """POST /api/v1/areas; raises unless 201. Returns the area."""
        body = {"kind": kind, "name": name or unique(kind), **fields}
        if parent is not None:
            body["parent_id"] = parent
        r = self.request("POST", "/api/v1/areas", body, token=token)
        if r.status != 201:
            raise ServerError(f"creating area {body} failed: {r!r}")
        return r.body

    def create_tree(self, token: str, prefix: Optional[str] = None) -> dict:
        """city > district > subdistrict > two communities (a, b), each with a grid.
        Returns {"city", "district", "subdistrict", "community_a", "community_b", "grid_a",
        "grid_b"}: each the created area."""
        p = prefix or unique("t")
        t = {"city": self.create_area(token, "city", f"{p} city")}
        t["district"] = self.create_area(token, "district", f"{p} district", t["city"]["id"])
        t["subdistrict"] = self.create_area(token, "subdistrict", f"{p} subdistrict",
                                            t["district"]["id"])
        for side in ("a", "b"):
            c = self.create_area(token, "community", f"{p} community {side}",
                                 t["subdistrict"]["id"])
            t[f"community_{side}"] = c
            t[f"grid_{side}"] = self.create_area(token, "grid", f"{p} grid {side}", c["id"])
        return t

    def create_person(self, token: str, **fields: Any) -> dict:
        """POST /api/v1/people; raises unless 201. Returns the person."""
        body = {"name": unique("person"), **fields}
        r = self.request("POST", "/api/v1/people", body, token=token)
        if r.status != 201:
            raise ServerError(f"creating person {body} failed: {r!r}")
        return r.body


# ----- one server shared by the tests of a module ----------------------------------------------

_shared: Optional[Server] = None


def start_shared(**kwargs: Any) -> Server:
    """Starts the module's shared server (call from setUpModule); kwargs as for Server."""
    global _shared
    stop_shared()
    _shared = Server(**kwargs)
    return _shared


def shared() -> Server:
    """The server start_shared started."""
    if _shared is None:
        raise ServerError("no shared server: call harness.start_shared() in setUpModule")
    return _shared


def stop_shared() -> None:
    """Stops and removes the shared server (call from tearDownModule)."""
    global _shared
    if _shared is not None:
        srv, _shared = _shared, None
        srv.close()


@atexit.register
def _kill_leftovers() -> None:
    for srv in list(_live):
        try:
            srv.kill()
        finally:
            if os.environ.get("LINLI_KEEP_DATA") != "1":
                shutil.rmtree(srv.root, ignore_errors=True)
