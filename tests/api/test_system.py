"""System routes and HTTP behaviour: health, metrics, request ids, keep-alive, HEAD, 404, 405."""

import re
import unittest

import harness


def setUpModule():
    harness.start_shared()


def tearDownModule():
    harness.stop_shared()


class SystemTest(harness.ApiTestCase):
    def setUp(self):
        self.srv = harness.shared()

    def test_healthz(self):
        r = self.srv.request("GET", "/healthz")
        body = self.assertStatus(r, 200)
        self.assertEqual(body["status"], "ok")
        self.assertRegex(body["time"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d")
        self.assertTrue(r.content_type.startswith("application/json"), r)
        self.assertEqual(r.headers.get("Cache-Control"), "no-store")
        self.assertEqual(r.headers.get("X-Content-Type-Options"), "nosniff")

    def test_metrics_prometheus_text(self):
        # A request whose route the metrics must then count, and one that touches the database.
        self.srv.request("GET", "/api/v1/ping")
        self.srv.request("GET", "/healthz")
        r = self.srv.request("GET", "/metrics")
        self.assertEqual(r.status, 200)
        self.assertTrue(r.content_type.startswith("text/plain"), r)
        text = r.body
        self.assertIn("# TYPE linli_http_requests_total counter", text)
        m = re.search(r'^linli_http_requests_total\{[^}]*route="/api/v1/ping"[^}]*\} (\d+)',
                      text, re.M)
        self.assertIsNotNone(m, "no linli_http_requests_total sample for /api/v1/ping")
        self.assertGreaterEqual(float(m.group(1)), 1)
        self.assertRegex(text, r'(?m)^linli_http_requests_total\{[^}]*status="200"')
        self.assertIn("# TYPE linli_db_statement_duration_seconds histogram", text)
        m = re.search(r"^linli_db_statement_duration_seconds_count (\d+)", text, re.M)
        self.assertIsNotNone(m, "no linli_db_statement_duration_seconds_count")
        self.assertGreaterEqual(int(m.group(1)), 1, "/healthz ran a statement; none observed")

    def test_unmatched_paths_share_one_metric_label(self):
        # A scanner must not be able to grow the metrics without bound, one label per path.
        for i in range(3):
            self.srv.request("GET", f"/no/such/thing/{i}")
        text = self.srv.request("GET", "/metrics").body
        self.assertNotIn("/no/such/thing", text)
        self.assertRegex(text, r'route="unmatched"')

    def test_request_id_echoed(self):
        r = self.srv.request("GET", "/healthz", headers={"X-Request-Id": "test-abc_123"})
        self.assertEqual(r.headers.get("X-Request-Id"), "test-abc_123")

    def test_request_id_generated_and_in_problem(self):
        r = self.srv.request("GET", "/nowhere")
        rid = r.headers.get("X-Request-Id")
        self.assertTrue(rid)
        self.assertEqual(r.body["instance"], f"urn:linli:request:{rid}")

    def test_unsafe_request_id_replaced(self):
        bad = "evil id\twith spaces" + "x" * 80
        r = self.srv.request("GET", "/healthz", headers={"X-Request-Id": bad})
        rid = r.headers.get("X-Request-Id")
        self.assertTrue(rid)
        self.assertNotEqual(rid, bad)
        self.assertRegex(rid, r"^[A-Za-z0-9_-]{1,64}$")

    def test_keep_alive_two_requests_one_connection(self):
        conn = self.srv.connection()
        try:
            first = self.srv.request("GET", "/healthz", conn=conn)
            sock = conn.sock
            self.assertIsNotNone(sock, "the server closed a keep-alive connection")
            second = self.srv.request("GET", "/api/v1/ping", conn=conn)
            self.assertIs(conn.sock, sock, "the second request needed a new connection")
            self.assertEqual(first.status, 200)
            self.assertEqual(second.status, 200)
            self.assertEqual(second.body, {"pong": True})
        finally:
            conn.close()

    def test_head(self):
        get = self.srv.request("GET", "/healthz")
        head = self.srv.request("HEAD", "/healthz")
        self.assertEqual(head.status, 200)
        self.assertEqual(head.raw, b"")
        self.assertEqual(int(head.headers.get("Content-Length")), len(get.raw))
        self.assertTrue(head.content_type.startswith("application/json"))

    def test_unknown_path_404_problem(self):
        r = self.srv.request("GET", "/api/v1/no-such-resource")
        body = self.assertProblem(r, 404)
        self.assertIn("/api/v1/no-such-resource", body["detail"])

    def test_wrong_method_405_with_allow(self):
        r = self.srv.request("DELETE", "/healthz")
        self.assertProblem(r, 405)
        self.assertIn("GET", r.headers.get("Allow", ""))
        r = self.srv.request("PUT", "/api/v1/areas")
        self.assertProblem(r, 405)
        allow = {m.strip() for m in r.headers.get("Allow", "").split(",")}
        self.assertEqual(allow, {"GET", "POST"})

    def test_method_checked_before_authentication(self):
        # 405 says what the resource supports; it must not need a login to say it, nor leak
        # anything but the method list.
        r = self.srv.request("PUT", "/api/v1/people")
        self.assertProblem(r, 405)

    def test_protected_route_needs_session(self):
        r = self.srv.request("GET", "/api/v1/areas")
        self.assertProblem(r, 401)


if __name__ == "__main__":
    unittest.main()
