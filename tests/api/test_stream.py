"""Live streams (Server-Sent Events) over real connections: the staff queue (GET /api/v1/stream)
in the caller's scope, resumed after Last-Event-ID; the hall screen (GET /api/v1/stream/hall),
whose figures equal GET /api/v1/kpis/appeals; heartbeats, the cap on open streams, the gauge, and
a server stop that closes open streams at once.

Fixture: the demo data (staff and residents of two communities) with a category whose accept
clock is one second, so an appeal goes overdue within the test, and a one-second heartbeat.
"""

import json
import socket
import time
import unittest

import harness

CATEGORIES = [
    {"code": "ordinary", "name": "一般诉求", "accept_s": 3600, "resolve_s": 86400},
    {"code": "test_fast", "name": "测试", "accept_s": 1, "resolve_s": 600},
]
DESCRIPTION = "三单元楼道灯坏了请尽快修理"


class Sse:
    """One text/event-stream read from a raw socket: status and headers, then frames."""

    def __init__(self, srv, path, token=None, headers=None, timeout=15.0):
        self.sock = socket.create_connection(("127.0.0.1", srv.port), timeout=timeout)
        lines = [f"GET {path} HTTP/1.1", "Host: 127.0.0.1", "Accept: text/event-stream"]
        if token:
            lines.append(f"Authorization: Bearer {token}")
        for k, v in (headers or {}).items():
            lines.append(f"{k}: {v}")
        self.sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        self.buf = b""
        while b"\r\n\r\n" not in self.buf:
            chunk = self.sock.recv(4096)
            if not chunk:
                break
            self.buf += chunk
        head, _, self.buf = self.buf.partition(b"\r\n\r\n")
        head_lines = head.decode().split("\r\n")
        self.status = int(head_lines[0].split()[1])
        self.headers = {}
        for line in head_lines[1:]:
            k, _, v = line.partition(":")
            self.headers[k.strip().lower()] = v.strip()
        self.raw = b""

    def body_rest(self):
        """The rest of a non-stream answer (a problem), as JSON."""
        n = int(self.headers.get("content-length", "0"))
        while len(self.buf) < n:
            self.buf += self.sock.recv(4096)
        return json.loads(self.buf[:n])

    def frame(self, timeout=10.0, comments=False):
        """The next frame as a dict {id, event, data, comment}; None when the stream ended."""
        deadline = time.monotonic() + timeout
        while True:
            if b"\n\n" in self.buf:
                block, _, self.buf = self.buf.partition(b"\n\n")
                f = {"id": None, "event": None, "data": None, "comment": None}
                data = []
                for line in block.decode().split("\n"):
                    if line.startswith(":"):
                        f["comment"] = line[1:].strip()
                    elif line.startswith("id: "):
                        f["id"] = int(line[4:])
                    elif line.startswith("event: "):
                        f["event"] = line[7:]
                    elif line.startswith("data: "):
                        data.append(line[6:])
                if data:
                    f["data"] = json.loads("\n".join(data))
                if f["comment"] is not None and f["event"] is None and not comments:
                    continue
                if f["event"] is None and f["data"] is None and f["comment"] is None:
                    continue  # retry: lines
                return f
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no frame within the timeout")
            self.sock.settimeout(left)
            chunk = self.sock.recv(65536)
            if not chunk:
                return None
            self.raw += chunk
            self.buf += chunk

    def until(self, pred, timeout=10.0):
        deadline = time.monotonic() + timeout
        while True:
            f = self.frame(max(0.1, deadline - time.monotonic()))
            if f is None:
                raise AssertionError("the stream ended")
            if pred(f):
                return f

    def close(self):
        self.sock.close()


def setUpModule():
    harness.start_shared(demo=True, config={
        "appeals": {"categories": CATEGORIES},
        "http": {"stream_heartbeat_s": 1}})


def tearDownModule():
    harness.stop_shared()


class StreamTest(harness.ApiTestCase):
    @classmethod
    def setUpClass(cls):
        srv = cls.srv = harness.shared()
        pw = harness.DEMO_PASSWORD
        cls.staff = srv.login("staff.lingfeng", pw)
        cls.grid = srv.login("grid.lingfeng", pw)
        cls.resident = srv.login("resident.lingfeng", pw)
        cls.other_staff = srv.login("staff.dandonglu", pw)
        cls.other_resident = srv.login("resident.dandonglu", pw)
        cls.community = cls.area_of("staff.lingfeng")
        cls.household = cls.area_of("resident.lingfeng")
        cls.other_household = cls.area_of("resident.dandonglu")
        cls.grid_person = srv.query_db("SELECT person_id FROM accounts WHERE login = ?",
                                       ("grid.lingfeng",))[0][0]

    @classmethod
    def area_of(cls, login):
        return cls.srv.query_db("SELECT r.area_id FROM role_grants r JOIN accounts ac"
                                " ON ac.person_id = r.person_id WHERE ac.login = ?",
                                (login,))[0][0]

    def open(self, path, token=None, **kw):
        s = Sse(self.srv, path, token, **kw)
        self.addCleanup(s.close)
        return s

    def raise_(self, token=None, household=None, category="ordinary"):
        r = self.srv.request("POST", "/api/v1/appeals",
                             {"channel": "online", "category": category,
                              "description": DESCRIPTION,
                              "area_id": household or self.household},
                             token=token or self.resident)
        self.assertEqual(r.status, 201, r)
        return r.body["id"]

    def step(self, appeal_id, step, body=None, token=None):
        r = self.srv.request("POST", f"/api/v1/appeals/{appeal_id}/{step}", body or {},
                             token=token or self.staff)
        self.assertEqual(r.status, 200, (step, r))

    def test_staff_queue_follows_an_appeal_in_scope_only(self):
        staff = self.open("/api/v1/stream", self.staff)
        self.assertEqual(staff.status, 200)
        self.assertTrue(staff.headers["content-type"].startswith("text/event-stream"))
        grid = self.open("/api/v1/stream", self.grid)
        other = self.open("/api/v1/stream", self.other_staff)
        a = self.raise_()
        new = staff.until(lambda f: f["event"] == "appeal.raise" and f["data"]["appeal_id"] == a)
        d = new["data"]
        self.assertEqual(d["state"], "received")
        self.assertEqual(d["category"], "ordinary")
        self.assertEqual(d["area_id"], self.household)
        self.assertIsNotNone(d["accept_by"])
        self.assertIsNotNone(d["resolve_by"])
        self.assertEqual(new["id"], d["seq"])
        self.step(a, "accept")
        self.step(a, "dispatch", {"assignee_id": self.grid_person})
        sent = staff.until(lambda f: f["event"] == "appeal.dispatch")
        self.assertEqual(sent["data"]["state"], "dispatched")
        self.assertFalse(sent["data"]["assigned_to_you"])
        mine = grid.until(lambda f: f["event"] == "appeal.dispatch")
        self.assertEqual(mine["data"]["appeal_id"], a)
        self.assertTrue(mine["data"]["assigned_to_you"])
        self.step(a, "take", token=self.grid)
        self.step(a, "resolve", {"result": "已修好"}, token=self.grid)
        done = staff.until(lambda f: f["event"] == "appeal.resolve")
        self.assertEqual(done["data"]["state"], "resolved")
        # Never personal data nor free text.
        resident_name = self.srv.query_db(
            "SELECT p.name FROM persons p JOIN accounts ac ON ac.person_id = p.id"
            " WHERE ac.login = 'resident.lingfeng'")[0][0]
        text = staff.raw.decode()
        self.assertNotIn(DESCRIPTION, text)
        self.assertNotIn(resident_name, text)
        self.assertNotIn("已修好", text)
        # The other community's staff saw none of it: its first appeal frame is its own appeal.
        b = self.raise_(self.other_resident, self.other_household)
        first = other.until(lambda f: f["event"] is not None and f["event"].startswith("appeal."))
        self.assertEqual(first["data"]["appeal_id"], b)
        # ...and the first community's staff does not see that one.
        c = self.raise_()
        nxt = staff.until(lambda f: f["event"] == "appeal.raise")
        self.assertEqual(nxt["data"]["appeal_id"], c)

    def test_resume_after_last_event_id(self):
        staff = self.open("/api/v1/stream", self.staff)
        a = self.raise_()
        new = staff.until(lambda f: f["event"] == "appeal.raise" and f["data"]["appeal_id"] == a)
        staff.close()
        self.step(a, "accept")
        self.step(a, "dispatch", {"assignee_id": self.grid_person})
        again = self.open("/api/v1/stream", self.staff, headers={"Last-Event-ID": new["id"]})
        events = [again.until(lambda f: f["event"] is not None)["event"] for _ in range(2)]
        self.assertEqual(events, ["appeal.accept", "appeal.dispatch"])
        # The same through ?last_event_id (an EventSource's first connect cannot set headers).
        third = self.open(f"/api/v1/stream?last_event_id={new['id']}", self.staff)
        self.assertEqual(third.until(lambda f: f["event"] is not None)["event"], "appeal.accept")

    def test_overdue_reaches_the_queue(self):
        staff = self.open("/api/v1/stream", self.staff)
        a = self.raise_(category="test_fast")
        f = staff.until(lambda f: f["event"] == "appeal.overdue" and
                        f["data"]["appeal_id"] == a, timeout=15)
        self.assertTrue(f["data"]["overdue"])

    def test_heartbeat_comment(self):
        staff = self.open("/api/v1/stream", self.staff)
        f = staff.frame(timeout=5, comments=True)
        while f["comment"] is None:
            f = staff.frame(timeout=5, comments=True)
        self.assertEqual(f["comment"], "heartbeat")

    def test_bad_requests(self):
        s = self.open("/api/v1/stream")
        self.assertEqual(s.status, 401)
        self.assertProblem(self.srv.request("GET", "/api/v1/stream", token=self.staff,
                                            headers={"Last-Event-ID": "abc"}), 400,
                           "Last-Event-ID")
        self.assertProblem(self.srv.request("GET", "/api/v1/stream?colour=red",
                                            token=self.staff), 400, "?colour")
        self.assertProblem(self.srv.request("GET", "/api/v1/stream/hall"), 400, "?area")
        self.assertProblem(self.srv.request("GET", "/api/v1/stream/hall?area=999999"), 404,
                           "?area")
        self.assertProblem(self.srv.request("GET", f"/api/v1/stream/hall?area={self.household}"),
                           422, "?area")

    def kpis(self, frm, to):
        r = self.srv.request("GET", "/api/v1/kpis/appeals", token=self.staff,
                             query={"area": self.community, "from": frm, "to": to})
        return self.assertStatus(r, 200)

    def assert_matches_kpis(self, fig):
        day = self.kpis(fig["today"], fig["today"])
        month = self.kpis(fig["satisfaction_from"], fig["today"])
        self.assertEqual(fig["received_today"], day["received"]["count"])
        self.assertEqual(fig["resolved_today"], day["resolution_rate"]["numerator"])
        self.assertEqual(fig["in_progress_today"], day["resolution_rate"]["denominator"]
                         - day["resolution_rate"]["numerator"])
        self.assertEqual(fig["overdue_now"], day["overdue_now"]["count"])
        sat = month["satisfaction_rate"]
        self.assertEqual(fig["satisfaction"],
                         {"numerator": sat["numerator"], "denominator": sat["denominator"],
                          "rate": sat["rate"]})

    def test_hall_figures_equal_the_kpis(self):
        hall = self.open(f"/api/v1/stream/hall?area={self.community}")  # no login
        self.assertEqual(hall.status, 200)
        first = hall.until(lambda f: f["event"] == "figures")
        fig = first["data"]
        self.assertEqual(fig["area"]["id"], self.community)
        self.assertEqual(set(fig), {"area", "today", "satisfaction_from", "received_today",
                                    "in_progress_today", "resolved_today", "overdue_now",
                                    "satisfaction"})
        self.assert_matches_kpis(fig)
        a = self.raise_()
        t0 = time.monotonic()
        nxt = hall.until(lambda f: f["event"] == "figures")
        self.assertLess(time.monotonic() - t0, 5)
        self.assertEqual(nxt["data"]["received_today"], fig["received_today"] + 1)
        self.assert_matches_kpis(nxt["data"])
        # A burst of changes is sent at most about once a second.
        for _ in range(3):
            self.step(self.raise_(), "accept")
        t1 = time.monotonic()
        frames = []
        while True:
            try:
                frames.append(hall.until(lambda f: f["event"] == "figures", timeout=2.5))
            except TimeoutError:
                break
        self.assertGreaterEqual(len(frames), 1)
        self.assertLessEqual(len(frames), int(time.monotonic() - t1) + 1)
        self.assert_matches_kpis(frames[-1]["data"])
        self.assertNotIn(DESCRIPTION, hall.raw.decode())
        del a


class StreamLimitsTest(harness.ApiTestCase):
    """A server of its own: at most two streams; the gauge; a stop with streams open."""

    def test_cap_gauge_and_prompt_stop(self):
        srv = harness.Server(users=[("admin", "system_admin")],
                             config={"http": {"max_streams": 2, "drain_timeout_s": 20}})
        self.addCleanup(srv.close)
        token = srv.login("admin")
        city = srv.create_area(token, "city")
        dist = srv.create_area(token, "district", parent=city["id"])
        sub = srv.create_area(token, "subdistrict", parent=dist["id"])
        a = Sse(srv, "/api/v1/stream", token)
        b = Sse(srv, f"/api/v1/stream/hall?area={sub['id']}")
        self.addCleanup(a.close)
        self.addCleanup(b.close)
        self.assertEqual((a.status, b.status), (200, 200))
        self.assertEqual(b.until(lambda f: f["event"] == "figures")["data"]["received_today"], 0)
        c = Sse(srv, "/api/v1/stream", token)
        self.addCleanup(c.close)
        self.assertEqual(c.status, 503)
        self.assertEqual(c.headers["content-type"], "application/problem+json")
        self.assertEqual(c.body_rest()["status"], 503)
        metrics = srv.request("GET", "/metrics").body
        self.assertIn("linli_http_open_streams 2", metrics)
        t0 = time.monotonic()
        code = srv.stop()
        self.assertEqual(code, 0)
        self.assertLess(time.monotonic() - t0, 5, "the stop waited for the open streams")
        self.assertIsNone(a.frame(timeout=5))  # the stream was closed by the server


if __name__ == "__main__":
    unittest.main()
