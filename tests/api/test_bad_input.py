"""Wrong input of every kind gets a 4xx problem naming the field at fault, and changes nothing.

Each case is one row of a table: the request, the status it must get, and the pointer the
problem's errors list must name (None where no single field is at fault, as for a wrong
content type). After each case the record has no new event and the list totals are unchanged.
"""

import socket
import unittest

import harness

MIB = 1 << 20
PARENT = "{parent}"  # replaced by the id of an area of the fixture
PERSON = "{person}"  # replaced by the id of a person of the fixture

# (name, method, path, request keyword arguments, status, pointer or None)
CASES = [
    # Malformed bodies
    ("malformed json", "POST", "/api/v1/areas", {"raw": b'{"kind": "city", "name": '}, 400, ""),
    ("trailing garbage", "POST", "/api/v1/areas", {"raw": b'{"kind": "city"} x'}, 400, ""),
    ("json array body", "POST", "/api/v1/areas", {"raw": b'[{"kind": "city"}]'}, 400, ""),
    ("json string body", "POST", "/api/v1/areas", {"raw": b'"city"'}, 400, ""),
    ("empty body", "POST", "/api/v1/areas", {"raw": b""}, 400, ""),
    ("NaN literal", "POST", "/api/v1/areas",
     {"raw": b'{"kind": "district", "name": "n", "parent_id": NaN}'}, 400, ""),
    ("nested too deep", "POST", "/api/v1/areas",
     {"raw": b'{"kind": "city", "name": "n", "geometry": ' + b"[" * 40 + b"]" * 40 + b"}"},
     400, ""),
    ("invalid utf-8", "POST", "/api/v1/areas",
     {"raw": b'{"kind": "city", "name": "bad \xff\xfe name"}'}, 400, ""),
    ("overlong utf-8 slash", "POST", "/api/v1/areas",
     {"raw": b'{"kind": "city", "name": "a\xc0\xafb"}'}, 400, ""),
    ("utf-8 surrogate", "POST", "/api/v1/areas",
     {"raw": b'{"kind": "city", "name": "a\xed\xa0\x80b"}'}, 400, ""),
    # Wrong types
    ("name is a number", "POST", "/api/v1/areas", {"body": {"kind": "city", "name": 5}}, 400,
     "/name"),
    ("name is an object", "POST", "/api/v1/areas",
     {"body": {"kind": "city", "name": {"zh": "x"}}}, 400, "/name"),
    ("parent_id is a string", "POST", "/api/v1/areas",
     {"body": {"kind": "district", "name": "n", "parent_id": PARENT}}, 400, "/parent_id"),
    ("parent_id is a fraction", "POST", "/api/v1/areas",
     {"body": {"kind": "district", "name": "n", "parent_id": 1.5}}, 400, "/parent_id"),
    ("parent_id is true", "POST", "/api/v1/areas",
     {"body": {"kind": "district", "name": "n", "parent_id": True}}, 400, "/parent_id"),
    ("kind not in the enum", "POST", "/api/v1/areas", {"body": {"kind": "planet", "name": "n"}},
     400, "/kind"),
    ("birth_date is a number", "POST", "/api/v1/people",
     {"body": {"name": "n", "birth_date": 19900101}}, 400, "/birth_date"),
    ("birth_date impossible", "POST", "/api/v1/people",
     {"body": {"name": "n", "birth_date": "1990-02-30"}}, 400, "/birth_date"),
    ("id number bad check digit", "POST", "/api/v1/people",
     {"body": {"name": "n", "id_number": "110101199003070000"}}, 400, "/id_number"),
    ("phone not a mobile", "POST", "/api/v1/people", {"body": {"name": "n", "phone": "12345"}},
     400, "/phone"),
    ("reveal field not in the enum", "POST", f"/api/v1/people/{PERSON}/reveal",
     {"body": {"field": "password", "reason": "checking"}}, 400, "/field"),
    # Missing fields, empty values
    ("name missing", "POST", "/api/v1/areas", {"body": {"kind": "city"}}, 400, "/name"),
    ("kind missing", "POST", "/api/v1/areas", {"body": {"name": "n"}}, 400, "/kind"),
    ("name blank", "POST", "/api/v1/areas", {"body": {"kind": "city", "name": "   "}}, 400,
     "/name"),
    ("name empty", "POST", "/api/v1/areas", {"body": {"kind": "city", "name": ""}}, 400, "/name"),
    ("name too long", "POST", "/api/v1/areas", {"body": {"kind": "city", "name": "x" * 101}},
     400, "/name"),
    ("name with a NUL", "POST", "/api/v1/areas", {"body": {"kind": "city", "name": "a\u0000b"}},
     400, "/name"),
    ("name with a newline", "POST", "/api/v1/areas", {"body": {"kind": "city", "name": "a\nb"}},
     400, "/name"),
    ("move without parent", "POST", f"/api/v1/areas/{PARENT}/move", {"body": {}}, 400,
     "/parent_id"),
    ("patch with nothing", "PATCH", f"/api/v1/areas/{PARENT}", {"body": {}}, 400, ""),
    ("reveal without reason", "POST", f"/api/v1/people/{PERSON}/reveal",
     {"body": {"field": "phone"}}, 400, "/reason"),
    ("login without password", "POST", "/api/v1/session", {"body": {"login": "admin"}}, 400,
     "/password"),
    ("lookup with neither field", "POST", "/api/v1/people/lookup", {"body": {}}, 400, ""),
    # Unknown fields
    ("unknown field", "POST", "/api/v1/areas",
     {"body": {"kind": "city", "name": "n", "colour": "red"}}, 400, "/colour"),
    ("unknown field on patch", "PATCH", f"/api/v1/areas/{PARENT}",
     {"body": {"name": "n2", "path": "/1/"}}, 400, "/path"),
    ("unknown field on person", "POST", "/api/v1/people",
     {"body": {"name": "n", "id_number_hash": "x"}}, 400, "/id_number_hash"),
    # Huge numbers
    ("parent_id 1e300", "POST", "/api/v1/areas",
     {"raw": b'{"kind": "district", "name": "n", "parent_id": 1e300}'}, 400, "/parent_id"),
    ("parent_id past int64", "POST", "/api/v1/areas",
     {"raw": b'{"kind": "district", "name": "n", "parent_id": 99999999999999999999999}'}, 400,
     "/parent_id"),
    ("parent_id past uint64 digits", "POST", "/api/v1/areas",
     {"raw": b'{"kind": "district", "name": "n", "parent_id": 18446744073709551616}'}, 400,
     "/parent_id"),
    ("parent_id negative", "POST", "/api/v1/areas",
     {"body": {"kind": "district", "name": "n", "parent_id": -1}}, 400, "/parent_id"),
    ("parent_id zero", "POST", "/api/v1/areas",
     {"body": {"kind": "district", "name": "n", "parent_id": 0}}, 400, "/parent_id"),
    # Pages
    ("page zero", "GET", "/api/v1/areas", {"query": {"page": "0"}}, 400, "?page"),
    ("page negative", "GET", "/api/v1/areas", {"query": {"page": "-1"}}, 400, "?page"),
    ("page huge", "GET", "/api/v1/areas", {"query": {"page": "99999999999999999999"}}, 400,
     "?page"),
    ("page past the limit", "GET", "/api/v1/people", {"query": {"page": "1000001"}}, 400,
     "?page"),
    ("page not a number", "GET", "/api/v1/areas", {"query": {"page": "two"}}, 400, "?page"),
    ("page empty", "GET", "/api/v1/areas", {"query": {"page": ""}}, 400, "?page"),
    ("page fraction", "GET", "/api/v1/areas", {"query": {"page": "1.5"}}, 400, "?page"),
    ("per_page zero", "GET", "/api/v1/areas", {"query": {"per_page": "0"}}, 400, "?per_page"),
    ("per_page over 200", "GET", "/api/v1/people", {"query": {"per_page": "201"}}, 400,
     "?per_page"),
    ("unknown query parameter", "GET", "/api/v1/areas", {"query": {"colour": "red"}}, 400,
     "?colour"),
    ("kind filter not in the enum", "GET", "/api/v1/areas", {"query": {"kind": "planet"}}, 400,
     "?kind"),
    ("subtree depth too deep", "GET", f"/api/v1/areas/{PARENT}/subtree", {"query": {"depth": "21"}},
     400, "?depth"),
    ("subtree depth negative", "GET", f"/api/v1/areas/{PARENT}/subtree",
     {"query": {"depth": "-1"}}, 400, "?depth"),
    ("q with a control character", "GET", "/api/v1/areas", {"query": {"q": "a\x01b"}}, 400, "?q"),
    ("q too long", "GET", "/api/v1/people", {"query": {"q": "x" * 51}}, 400, "?q"),
    # Ids that are not numbers
    ("id letters", "GET", "/api/v1/areas/abc", {}, 400, "{id}"),
    ("id zero", "GET", "/api/v1/areas/0", {}, 400, "{id}"),
    ("id negative", "GET", "/api/v1/areas/-1", {}, 400, "{id}"),
    ("id leading zero", "GET", "/api/v1/areas/01", {}, 400, "{id}"),
    ("id hex", "GET", "/api/v1/areas/0x1", {}, 400, "{id}"),
    ("id fraction", "GET", "/api/v1/people/1.5", {}, 400, "{id}"),
    ("id past 2^53", "GET", "/api/v1/areas/9007199254740993", {}, 400, "{id}"),
    ("id with SQL", "GET", "/api/v1/areas/1%20OR%201=1", {}, 400, "{id}"),
    ("id on patch", "PATCH", "/api/v1/areas/x", {"body": {"name": "n"}}, 400, "{id}"),
    ("id on delete", "DELETE", "/api/v1/role-grants/abc", {}, 400, "{id}"),
    ("query id letters", "GET", "/api/v1/areas", {"query": {"parent_id": "abc"}}, 400,
     "?parent_id"),
    ("query id zero", "GET", "/api/v1/people", {"query": {"area_id": "0"}}, 400, "?area_id"),
    # Wrong content type
    ("text/plain body", "POST", "/api/v1/areas",
     {"raw": b'{"kind": "city", "name": "n"}', "headers": {"Content-Type": "text/plain"}}, 415,
     None),
    ("form-encoded body", "POST", "/api/v1/people",
     {"raw": b"name=n", "headers": {"Content-Type": "application/x-www-form-urlencoded"}}, 415,
     None),
    ("no content type", "POST", "/api/v1/areas",
     {"raw": b'{"kind": "city", "name": "n"}', "headers": {"Content-Type": None}}, 415, None),
    ("json in text/json clothing", "PATCH", f"/api/v1/areas/{PARENT}",
     {"raw": b'{"name": "n"}', "headers": {"Content-Type": "text/json"}}, 415, None),
    # Path traversal: rejected before any route is tried
    ("dot-dot", "GET", "/api/v1/../../etc/passwd", {}, 400, "target"),
    ("encoded dot-dot", "GET", "/api/v1/%2e%2e/%2e%2e/etc/passwd", {}, 400, "target"),
    ("encoded upper dot-dot", "GET", "/api/v1/%2E%2E/%2E%2E/etc/passwd", {}, 400, "target"),
    ("encoded slash", "GET", "/api/v1/areas/..%2f..%2fetc%2fpasswd", {}, 400, "target"),
    ("encoded backslash", "GET", "/api/v1/areas/..%5c..%5cetc", {}, 400, "target"),
    ("single dot", "GET", "/api/v1/./areas", {}, 400, "target"),
    ("encoded NUL", "GET", "/api/v1/areas/1%00", {}, 400, "target"),
]


def raw_exchange(port, head, body_parts=(), timeout=20.0):
    """Sends a request head and body parts on a plain socket, stops sending as soon as the
    server answers or closes, and returns everything the server sent."""
    s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    try:
        s.sendall(head)
        s.setblocking(False)
        received = b""
        for part in body_parts:
            try:
                received += s.recv(65536)
            except BlockingIOError:
                pass
            if received:
                break
            s.setblocking(True)
            try:
                s.sendall(part)
            except (BrokenPipeError, ConnectionResetError):
                break
            s.setblocking(False)
        s.setblocking(True)
        s.settimeout(timeout)
        try:
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                received += chunk
                if b"\r\n\r\n" in received:
                    head_end = received.index(b"\r\n\r\n") + 4
                    length = 0
                    for line in received[:head_end].split(b"\r\n"):
                        if line.lower().startswith(b"content-length:"):
                            length = int(line.split(b":")[1])
                    if len(received) >= head_end + length:
                        break
        except ConnectionResetError:
            pass
        return received
    finally:
        s.close()


class BadInputTest(harness.ApiTestCase):
    @classmethod
    def setUpClass(cls):
        cls.srv = harness.Server(users=[("admin", "system_admin")])
        cls.addClassCleanup(cls.srv.close)
        cls.admin = cls.srv.login("admin")
        city = cls.srv.create_area(cls.admin, "city", "Bad Input City")
        cls.parent = cls.srv.create_area(cls.admin, "district", "Bad Input District", city["id"])
        cls.person = cls.srv.create_person(cls.admin, name="Bad Input Person",
                                           area_id=cls.parent["id"], phone="13912345678")

    def fill(self, value):
        if isinstance(value, str):
            return (value.replace(PARENT, str(self.parent["id"]))
                    .replace(PERSON, str(self.person["id"])))
        if isinstance(value, dict):
            return {k: self.fill(v) for k, v in value.items()}
        return value

    def state(self):
        """What must not change: the newest event and the totals the lists report."""
        areas = self.srv.request("GET", "/api/v1/areas", token=self.admin).body["total"]
        people = self.srv.request("GET", "/api/v1/people", token=self.admin).body["total"]
        return {"last_event": self.srv.last_event_seq(), "areas": areas, "people": people}

    def test_table(self):
        before_verify = self.srv.event_count()
        for name, method, path, kwargs, status, pointer in CASES:
            with self.subTest(case=name):
                before = self.state()
                kw = dict(kwargs)
                if "body" in kw:
                    kw["body"] = self.fill(kw["body"])
                r = self.srv.request(method, self.fill(path), token=self.admin, **kw)
                self.assertProblem(r, status, pointer)
                self.assertTrue(r.body.get("detail"), repr(r))
                self.assertEqual(self.state(), before, f"{name} changed something")
        self.assertEqual(self.srv.event_count(), before_verify)

    def test_oversize_body_413(self):
        before = self.state()
        size = MIB + 1
        head = (f"POST /api/v1/areas HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {self.admin}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {size}\r\n\r\n").encode()
        body = b'{"kind": "city", "name": "' + b"x" * (size - 30)
        body += b'"}'.rjust(size - len(body), b" ")
        self.assertEqual(len(body), size)
        parts = [body[i:i + 65536] for i in range(0, size, 65536)]
        reply = raw_exchange(self.srv.port, head, parts)
        self.assertTrue(reply.startswith(b"HTTP/1.1 413"), reply[:200])
        self.assertIn(b"application/problem+json", reply)
        self.assertEqual(self.state(), before)

    def test_oversize_chunked_body_413(self):
        before = self.state()
        head = (f"POST /api/v1/areas HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {self.admin}\r\n"
                "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n").encode()
        chunk = b"x" * 65536
        parts = [b"%x\r\n%s\r\n" % (len(chunk), chunk)] * 20  # 1.25 MiB
        reply = raw_exchange(self.srv.port, head, parts)
        self.assertTrue(reply.startswith(b"HTTP/1.1 413"), reply[:200])
        self.assertEqual(self.state(), before)

    def test_body_at_the_limit_is_read(self):
        # Exactly 1 MiB is allowed: the answer is about the name, not the size.
        filler = MIB - len(b'{"kind": "city", "name": ""}')
        raw = b'{"kind": "city", "name": "' + b"x" * filler + b'"}'
        self.assertEqual(len(raw), MIB)
        r = self.srv.request("POST", "/api/v1/areas", raw=raw, token=self.admin)
        self.assertProblem(r, 400, "/name")

    def test_huge_header_431(self):
        r = self.srv.request("GET", "/healthz", headers={"X-Filler": "x" * (20 * 1024)})
        self.assertProblem(r, 431)

    def test_not_http(self):
        reply = raw_exchange(self.srv.port, b"HELLO THERE\r\n\r\n")
        self.assertTrue(reply.startswith(b"HTTP/1.1 400"), reply[:200])
        # and the server still serves
        self.assertEqual(self.srv.request("GET", "/healthz").status, 200)

    def test_traversal_never_reaches_files(self):
        for path in ("/api/v1/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/../etc/passwd",
                     "/api/openapi.json/../../../etc/passwd"):
            with self.subTest(path=path):
                r = self.srv.request("GET", path)
                self.assertIn(r.status, (400, 404), r)
                self.assertNotIn(b"root:", r.raw)
                self.assertTrue(r.content_type.startswith("application/problem+json"), r)


class SqlMetaCharactersTest(harness.ApiTestCase):
    """Names and filters full of SQL syntax are data: stored and searched literally."""

    NAMES = [
        "Robert'); DROP TABLE areas;--",
        "x' OR '1'='1",
        '"; DELETE FROM events; --',
        "100% sure_thing",
        "back\\slash",
        "semi;colon /* comment */",
    ]

    @classmethod
    def setUpClass(cls):
        cls.srv = harness.Server(users=[("admin", "system_admin")])
        cls.addClassCleanup(cls.srv.close)
        cls.admin = cls.srv.login("admin")
        cls.city = cls.srv.create_area(cls.admin, "city", "SQL City")
        cls.areas = {n: cls.srv.create_area(cls.admin, "district", n, cls.city["id"])
                     for n in cls.NAMES}
        cls.people = {n: cls.srv.create_person(cls.admin, name=n[:50], area_id=cls.city["id"])
                      for n in cls.NAMES}

    def test_stored_literally(self):
        for name, area in self.areas.items():
            with self.subTest(name=name):
                self.assertEqual(area["name"], name)
                r = self.srv.request("GET", f"/api/v1/areas/{area['id']}", token=self.admin)
                self.assertEqual(self.assertStatus(r, 200)["name"], name)
        rows = self.srv.query_db("SELECT name FROM areas WHERE parent_id = ?", (self.city["id"],))
        self.assertEqual(sorted(r[0] for r in rows), sorted(self.NAMES))

    def test_searched_literally(self):
        for name in self.NAMES:
            with self.subTest(q=name):
                r = self.srv.request("GET", "/api/v1/areas", token=self.admin, query={"q": name})
                body = self.assertStatus(r, 200)
                self.assertEqual([a["name"] for a in body["items"]], [name])
                self.assertEqual(body["total"], 1)
                r = self.srv.request("GET", "/api/v1/people", token=self.admin,
                                     query={"q": name[:50]})
                self.assertEqual([p["name"] for p in self.assertStatus(r, 200)["items"]],
                                 [name[:50]])

    def test_like_wildcards_are_literal(self):
        for q, expected in (("%", ["100% sure_thing"]), ("_", ["100% sure_thing"]),
                            ("\\", ["back\\slash"]), ("'", None)):
            with self.subTest(q=q):
                r = self.srv.request("GET", "/api/v1/areas", token=self.admin, query={"q": q})
                names = [a["name"] for a in self.assertStatus(r, 200)["items"]]
                if expected is None:
                    expected = sorted(n for n in self.NAMES if "'" in n)
                self.assertEqual(sorted(names), sorted(expected))

    def test_nothing_was_dropped(self):
        self.assertEqual(self.srv.event_count(), self.srv.last_event_seq())
        total = self.srv.request("GET", "/api/v1/areas", token=self.admin).body["total"]
        self.assertEqual(total, 1 + len(self.NAMES))
        self.assertEqual(self.srv.verify()[0], 0)


if __name__ == "__main__":
    unittest.main()
