"""Notifications: the in-app inbox filled from the record (assigned on dispatch, overdue for the
supervising admins), read marks and the unread count; the outbound webhook to a real receiver on
127.0.0.1: signed bodies, retries with backoff until delivered, a receiver that always fails
ending in a visible `failed` delivery (endpoint, metrics, log); and a crash between a write and
its delivery losing nothing and doubling nothing.

Fixture: the demo data; a webhook receiver in this process whose behaviour the tests set; the
categories of test_stream.py (one with a one-second accept clock, to go overdue at once).
"""

import hashlib
import hmac
import http.server
import json
import threading
import time
import unittest

import harness

SECRET = "webhook-test-secret"
CATEGORIES = [
    {"code": "ordinary", "name": "一般诉求", "accept_s": 3600, "resolve_s": 86400},
    {"code": "test_fast", "name": "测试", "accept_s": 1, "resolve_s": 600},
]
MAX_ATTEMPTS = 3


class Receiver:
    """A webhook receiver: mode "ok" answers 200; "flaky" answers 500 to the first two attempts
    of each delivery, then 200; "down" always answers 503."""

    def __init__(self):
        self.mode = "ok"
        self.requests = []  # (headers dict, body bytes, status answered)
        self.attempts = {}
        self.lock = threading.Lock()
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                with outer.lock:
                    d = self.headers.get("X-Linli-Delivery")
                    outer.attempts[d] = outer.attempts.get(d, 0) + 1
                    if outer.mode == "down":
                        status = 503
                    elif outer.mode == "flaky" and outer.attempts[d] <= 2:
                        status = 500
                    else:
                        status = 200
                    outer.requests.append((dict(self.headers), body, status))
                text = b"down for maintenance" if status != 200 else b"ok"
                self.send_response(status)
                self.send_header("Content-Length", str(len(text)))
                self.end_headers()
                self.wfile.write(text)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def for_seq(self, seq):
        with self.lock:
            return [r for r in self.requests if json.loads(r[1])["seq"] == seq]

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


receiver = None


def setUpModule():
    global receiver
    receiver = Receiver()
    harness.start_shared(demo=True, config={
        "appeals": {"categories": CATEGORIES},
        "webhook": {"url": f"http://127.0.0.1:{receiver.port}/hook", "secret": SECRET,
                    "timeout_s": 2, "max_attempts": MAX_ATTEMPTS, "backoff_ms": 200,
                    "max_backoff_ms": 1000}})


def tearDownModule():
    harness.stop_shared()
    receiver.close()


def wait_for(pred, timeout=15.0, what="the condition"):
    deadline = time.monotonic() + timeout
    while True:
        v = pred()
        if v:
            return v
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


class NotificationsTest(harness.ApiTestCase):
    @classmethod
    def setUpClass(cls):
        srv = cls.srv = harness.shared()
        cls.login_all()
        cls.household = cls.area_of("resident.lingfeng")
        cls.grid_person = srv.query_db("SELECT person_id FROM accounts WHERE login = ?",
                                       ("grid.lingfeng",))[0][0]

    @classmethod
    def login_all(cls):
        pw = harness.DEMO_PASSWORD
        cls.staff = cls.srv.login("staff.lingfeng", pw)
        cls.grid = cls.srv.login("grid.lingfeng", pw)
        cls.resident = cls.srv.login("resident.lingfeng", pw)
        cls.sub = cls.srv.login("subdistrict.babu", pw)
        cls.admin = cls.srv.login("sysadmin", pw)

    @classmethod
    def area_of(cls, login):
        return cls.srv.query_db("SELECT r.area_id FROM role_grants r JOIN accounts ac"
                                " ON ac.person_id = r.person_id WHERE ac.login = ?",
                                (login,))[0][0]

    def setUp(self):
        receiver.mode = "ok"

    def raise_(self, category="ordinary"):
        r = self.srv.request("POST", "/api/v1/appeals",
                             {"channel": "online", "category": category,
                              "description": "楼道灯坏了", "area_id": self.household},
                             token=self.resident)
        self.assertEqual(r.status, 201, r)
        return r.body["id"]

    def step(self, appeal_id, step, body=None, token=None):
        r = self.srv.request("POST", f"/api/v1/appeals/{appeal_id}/{step}", body or {},
                             token=token or self.staff)
        self.assertEqual(r.status, 200, (step, r))

    def seq_of(self, appeal_id, action):
        rows = self.srv.query_db("SELECT seq FROM events WHERE subject_kind = 'appeal'"
                                 " AND subject_id = ? AND action = ? ORDER BY seq",
                                 (appeal_id, action))
        return rows[-1][0] if rows else None

    def delivery(self, seq):
        r = self.srv.request("GET", "/api/v1/webhook/deliveries", token=self.admin,
                             query={"per_page": 200})
        body = self.assertStatus(r, 200)
        for d in body["items"]:
            if d["event_seq"] == seq:
                return d
        return None

    def inbox(self, token, **query):
        return self.assertStatus(self.srv.request("GET", "/api/v1/inbox", token=token,
                                                  query=query or None), 200)

    def dispatched(self):
        a = self.raise_()
        self.step(a, "accept")
        self.step(a, "dispatch", {"assignee_id": self.grid_person})
        return a

    # ----- the inbox -------------------------------------------------------------------------

    def test_inbox_on_dispatch(self):
        a = self.dispatched()
        item = wait_for(lambda: next((i for i in self.inbox(self.grid)["items"]
                                      if i["appeal_id"] == a), None), what="the inbox item")
        self.assertEqual(item["kind"], "assigned")
        self.assertFalse(item["read"])
        self.assertEqual(item["link"], f"/api/v1/appeals/{a}")
        self.assertEqual(item["event_seq"], self.seq_of(a, "appeal.dispatch"))
        unread = self.assertStatus(self.srv.request("GET", "/api/v1/inbox/unread",
                                                    token=self.grid), 200)["unread"]
        self.assertGreaterEqual(unread, 1)
        self.assertEqual(self.inbox(self.grid)["unread"], unread)
        # Not the staff's: a 404 for them, as if it did not exist.
        self.assertProblem(self.srv.request("POST", f"/api/v1/inbox/{item['id']}/read",
                                            token=self.staff), 404)
        r = self.srv.request("POST", f"/api/v1/inbox/{item['id']}/read", token=self.grid)
        self.assertTrue(self.assertStatus(r, 200)["read"])
        events = self.srv.last_event_seq()
        r = self.srv.request("POST", f"/api/v1/inbox/{item['id']}/read", token=self.grid)
        self.assertTrue(self.assertStatus(r, 200)["read"])
        self.assertEqual(self.srv.last_event_seq(), events, "a second read wrote again")
        after = self.assertStatus(self.srv.request("GET", "/api/v1/inbox/unread",
                                                   token=self.grid), 200)["unread"]
        self.assertEqual(after, unread - 1)
        # Unread first: every unread item comes before every read one.
        items = self.inbox(self.grid, per_page=200)["items"]
        reads = [i["read"] for i in items]
        self.assertEqual(reads, sorted(reads))
        self.assertTrue(all(not i["read"] for i in self.inbox(self.grid, unread="true")["items"]))

    def test_inbox_on_overdue_for_supervisors(self):
        a = self.raise_("test_fast")
        item = wait_for(lambda: next((i for i in self.inbox(self.sub)["items"]
                                      if i["appeal_id"] == a), None), what="the overdue item")
        self.assertEqual(item["kind"], "overdue")
        self.assertEqual(item["event_seq"], self.seq_of(a, "appeal.overdue"))
        # Not for the grid worker, to whom nothing was dispatched.
        self.assertFalse(any(i["appeal_id"] == a for i in self.inbox(self.grid)["items"]))

    def test_bad_input(self):
        self.assertProblem(self.srv.request("GET", "/api/v1/inbox", token=self.grid,
                                            query={"unread": "maybe"}), 400, "?unread")
        self.assertProblem(self.srv.request("POST", "/api/v1/inbox/99999999/read",
                                            token=self.grid), 404)
        self.assertProblem(self.srv.request("GET", "/api/v1/inbox"), 401)
        self.assertProblem(self.srv.request("GET", "/api/v1/webhook/deliveries",
                                            token=self.staff), 403)
        self.assertProblem(self.srv.request("GET", "/api/v1/webhook/deliveries", token=self.admin,
                                            query={"status": "lost"}), 400, "?status")

    # ----- the webhook -----------------------------------------------------------------------

    def test_webhook_retries_until_delivered_and_is_signed(self):
        receiver.mode = "flaky"
        a = self.dispatched()
        seq = self.seq_of(a, "appeal.dispatch")
        d = wait_for(lambda: (lambda x: x if x and x["status"] == "delivered" else None)(
            self.delivery(seq)), what="the delivery")
        self.assertEqual(d["attempts"], 3)
        self.assertEqual(d["event"], "appeal.dispatch")
        attempts = receiver.for_seq(seq)
        self.assertEqual([s for _, _, s in attempts], [500, 500, 200])
        self.assertEqual({h["X-Linli-Delivery"] for h, _, _ in attempts}, {str(d["id"])})
        for headers, body, _ in attempts:
            ts = headers["X-Linli-Timestamp"]
            want = "sha256=" + hmac.new(SECRET.encode(), ts.encode() + b"." + body,
                                        hashlib.sha256).hexdigest()
            self.assertTrue(hmac.compare_digest(headers["X-Linli-Signature"], want))
            self.assertEqual(headers["X-Linli-Event"], "appeal.dispatch")
            self.assertLess(abs(int(ts) - time.time()), 60)
        payload = json.loads(attempts[-1][1])
        self.assertEqual(payload["appeal"]["id"], a)
        self.assertEqual(payload["appeal"]["assignee_id"], self.grid_person)
        self.assertNotIn("楼道灯坏了", attempts[-1][1].decode())
        # A tampered body does not verify.
        headers, body, _ = attempts[-1]
        bad = hmac.new(SECRET.encode(), headers["X-Linli-Timestamp"].encode() + b"." + body + b" ",
                       hashlib.sha256).hexdigest()
        self.assertNotEqual(headers["X-Linli-Signature"], "sha256=" + bad)
        # The sender counts and logs an attempt just after committing it: wait for both.
        self.assertIn('linli_webhook_deliveries_total{outcome="retry"}', self.metrics_with("retry"))

    def metrics_with(self, outcome):
        """The metrics text once it counts a delivery attempt of `outcome`."""
        line = f'linli_webhook_deliveries_total{{outcome="{outcome}"}}'
        return wait_for(lambda: (lambda t: t if line in t else None)(
            self.srv.request("GET", "/metrics").body), what=f"the {outcome} counter")

    def test_webhook_failure_is_visible(self):
        receiver.mode = "down"
        a = self.raise_()
        seq = self.seq_of(a, "appeal.raise")
        d = wait_for(lambda: (lambda x: x if x and x["status"] == "failed" else None)(
            self.delivery(seq)), what="the failed delivery")
        self.assertEqual(d["attempts"], MAX_ATTEMPTS)
        self.assertEqual(d["last_status"], 503)
        self.assertIn("503", d["last_error"])
        self.assertIn("down for maintenance", d["last_error"])
        self.assertEqual(len(receiver.for_seq(seq)), MAX_ATTEMPTS)
        body = self.assertStatus(self.srv.request(
            "GET", "/api/v1/webhook/deliveries", token=self.admin, query={"status": "failed"}),
            200)
        self.assertGreaterEqual(body["counts"]["failed"], 1)
        self.assertTrue(all(x["status"] == "failed" for x in body["items"]))
        self.assertIn('linli_webhook_deliveries_total{outcome="failed"}', self.metrics_with("failed"))
        logged = f"webhook: delivery {d['id']} (appeal.raise) failed after {MAX_ATTEMPTS}"
        self.assertIn(logged, wait_for(lambda: (lambda t: t if logged in t else None)(self.srv.log()),
                                       what="the failure in the log"))
        self.assertEqual(self.srv.query_db(
            "SELECT count(*) FROM events WHERE action = 'webhook_delivery.fail'"
            " AND subject_id = ?", (d["id"],))[0][0], 1)

    def test_zz_crash_between_write_and_delivery_loses_nothing(self):
        # The receiver is down: the dispatch is acknowledged, its delivery cannot go out yet.
        receiver.mode = "down"
        a = self.dispatched()
        self.srv.kill()  # SIGKILL, as a crash, at once
        seq = self.seq_of(a, "appeal.dispatch")
        # As if the crash came before the consumer read the event: its cursor is put back.
        import sqlite3
        with sqlite3.connect(self.srv.db_path) as db:
            db.execute("UPDATE record_cursors SET seq = ? WHERE name = 'notifications'",
                       (seq - 1,))
        receiver.mode = "ok"
        self.srv.start()
        type(self).login_all()  # sessions survive, but log in again to be independent of that
        d = wait_for(lambda: (lambda x: x if x and x["status"] == "delivered" else None)(
            self.delivery(seq)), what="the delivery after the restart")
        self.assertEqual(d["event"], "appeal.dispatch")
        self.assertEqual(len([r for r in receiver.for_seq(seq) if r[2] == 200]), 1)
        items = [i for i in self.inbox(self.grid, per_page=200)["items"] if i["appeal_id"] == a]
        self.assertEqual(len(items), 1, "the inbox item was lost or made twice")
        self.assertEqual(self.srv.query_db(
            "SELECT count(*) FROM webhook_deliveries WHERE event_seq = ?", (seq,))[0][0], 1)


if __name__ == "__main__":
    unittest.main()
