"""/api/openapi.json describes exactly the API the server serves, and describes it fully."""

import glob
import os
import re
import unittest

import harness

METHODS = ("get", "put", "post", "patch", "delete", "head", "options")
_ADD = re.compile(r"\bAdd\(\s*\{")
_PATTERN = re.compile(r'\.pattern\s*=\s*"([^"]+)"')
_METHOD = re.compile(r"\.method\s*=\s*http::Method::k([A-Za-z]+)")


def routes_in_source():
    """(method, pattern, file) of every route the modules register, read from
    src/modules/*/handlers.cc: each `.pattern = "..."` with the `.method = http::Method::kXxx`
    of the same Add({...}) before it (GET when the route gives none, the Route default)."""
    out = []
    files = sorted(glob.glob(os.path.join(harness.source_dir(), "src", "modules", "*",
                                          "handlers.cc")))
    for path in files:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for m in _PATTERN.finditer(text):
            starts = [a.start() for a in _ADD.finditer(text, 0, m.start())]
            begin = starts[-1] if starts else 0
            methods = _METHOD.findall(text, begin, m.start())
            method = methods[-1].lower() if methods else "get"
            out.append((method, m.group(1), os.path.relpath(path, harness.source_dir())))
    return out


def setUpModule():
    harness.start_shared()


def tearDownModule():
    harness.stop_shared()


class OpenApiTest(harness.ApiTestCase):
    @classmethod
    def setUpClass(cls):
        cls.srv = harness.shared()
        r = cls.srv.request("GET", "/api/openapi.json")
        if r.status != 200:
            raise AssertionError(f"GET /api/openapi.json: {r!r}")
        cls.doc = r.body

    def operations(self):
        for path, item in self.doc["paths"].items():
            for method, op in item.items():
                if method in METHODS:
                    yield path, method, op

    def test_is_openapi_3_1(self):
        self.assertEqual(self.doc["openapi"], "3.1.0")
        self.assertTrue(self.doc["info"]["title"])
        self.assertTrue(self.doc["info"]["version"])
        self.assertIn("Problem", self.doc["components"]["schemas"])
        self.assertGreater(len(self.doc["paths"]), 0)

    def test_every_operation_documented(self):
        op_ids = set()
        for path, method, op in self.operations():
            where = f"{method.upper()} {path}"
            with self.subTest(route=where):
                self.assertTrue(op.get("summary", "").strip(), f"{where} has no summary")
                self.assertTrue(op.get("tags"), f"{where} has no tags")
                self.assertTrue(op.get("responses"), f"{where} has no responses")
                for status, resp in op["responses"].items():
                    self.assertTrue(resp.get("description"), f"{where} {status} undescribed")
                self.assertNotIn(op.get("operationId"), op_ids, f"{where} operationId reused")
                op_ids.add(op.get("operationId"))
                declared = {p["name"] for p in op.get("parameters", []) if p["in"] == "path"}
                self.assertEqual(declared, set(re.findall(r"\{([^}]+)\}", path)),
                                 f"{where}: path parameters not all declared")

    def test_schema_refs_resolve(self):
        schemas = self.doc["components"]["schemas"]
        refs = set(re.findall(r'"\$ref": ?"#/components/schemas/([^"]+)"',
                              self.srv.request("GET", "/api/openapi.json").raw.decode()))
        self.assertTrue(refs)
        for name in refs:
            self.assertIn(name, schemas, f"$ref to undefined schema {name}")

    def test_every_documented_operation_exists(self):
        for path, method, op in self.operations():
            concrete = re.sub(r"\{[^}]+\}", "1", path)
            with self.subTest(route=f"{method.upper()} {path}"):
                r = self.srv.request(method.upper(), concrete)
                if path.startswith("/open311/") and r.status == 404:
                    # Open311 answers a made-up id in the spec's own error format.
                    self.assertIsInstance(r.body, list, r)
                    continue
                self.assertNotIn(r.status, (404, 405),
                                 f"{method.upper()} {path} is documented but not served: {r!r}")
                if "security" in op:
                    self.assertProblem(r, 401)

    def test_undocumented_route_is_not_served(self):
        r = self.srv.request("GET", "/api/v1/not-in-the-document")
        self.assertProblem(r, 404)

    def test_every_route_in_source_is_documented(self):
        known = routes_in_source()
        self.assertGreaterEqual(len(known), 10, "scanning handlers.cc found too few routes")
        missing = [f"{m.upper()} {p} ({src})" for m, p, src in known
                   if m not in self.doc["paths"].get(p, {})]
        self.assertEqual(missing, [], "routes registered in source but missing from "
                                      "/api/openapi.json: " + ", ".join(missing))


if __name__ == "__main__":
    unittest.main()
