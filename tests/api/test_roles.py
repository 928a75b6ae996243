"""Each demo role against each route, on its own community and on one that is not theirs.

The table below is the authorization contract of the foundation: for every route, the logins
that may use it on a subject in 灵峰社区 (the home of most demo logins). Every other login must be
refused with 403 or 404, and no response to a login of one community may carry a name from the
other community.
"""

import re
import unittest

import harness
from harness import DEMO_PASSWORD, unique

LOGINS = ["sysadmin", "district.babu", "subdistrict.babu", "staff.lingfeng", "grid.lingfeng",
          "member.lingfeng", "resident.lingfeng", "staff.dandonglu", "resident.dandonglu"]
MANAGERS_HERE = {"sysadmin", "district.babu", "subdistrict.babu", "staff.lingfeng"}
EVERYONE_HERE = MANAGERS_HERE | {"grid.lingfeng", "member.lingfeng", "resident.lingfeng"}
PEOPLE_READERS = MANAGERS_HERE | {"grid.lingfeng"}
PEOPLE_WRITERS = {"sysadmin", "subdistrict.babu", "staff.lingfeng", "grid.lingfeng"}
REVEALERS = {"subdistrict.babu", "staff.lingfeng", "grid.lingfeng"}

S = {}  # fixture ids, filled in setUpModule
TOKENS = {}


def setUpModule():
    srv = harness.start_shared(demo=True)
    for login in LOGINS:
        TOKENS[login] = srv.login(login, DEMO_PASSWORD)
    admin = TOKENS["sysadmin"]

    def one(path, **query):
        r = srv.request("GET", path, token=admin, query=query)
        assert r.status == 200 and r.body["items"], (path, query, r)
        return r.body["items"][0]

    S["lingfeng"] = one("/api/v1/areas", q="灵峰社区", kind="community")["id"]
    S["dandonglu"] = one("/api/v1/areas", q="丹东路社区", kind="community")["id"]
    me = srv.request("GET", "/api/v1/session", token=TOKENS["grid.lingfeng"]).body["account"]
    S["grid"] = next(r["area"]["id"] for r in me["roles"] if r["role"] == "grid_worker")
    # A person in the grid worker's grid, and one in 丹东路.
    S["person"] = one("/api/v1/people", area_id=S["grid"])["id"]
    S["person_dandonglu"] = one("/api/v1/people", area_id=S["dandonglu"])["id"]
    S["household"] = one("/api/v1/areas", parent_id=one("/api/v1/areas", parent_id=S["grid"],
                                                        kind="estate")["id"])["id"]


def tearDownModule():
    harness.stop_shared()


class RoleTable(harness.ApiTestCase):
    """Each row: a route, a request against 灵峰社区, and the logins allowed to make it."""

    def rows(self):
        # (name, method, path, body factory or None, allowed logins, success status)
        return [
            ("read community", "GET", f"/api/v1/areas/{S['lingfeng']}", None, EVERYONE_HERE, 200),
            # Residents and members see the areas above their household, and their own branch.
            ("subtree", "GET", f"/api/v1/areas/{S['grid']}/subtree", None, EVERYONE_HERE, 200),
            ("create grid", "POST", "/api/v1/areas",
             lambda: {"kind": "grid", "name": unique("网格"), "parent_id": S["lingfeng"]},
             MANAGERS_HERE, 201),
            ("rename grid", "PATCH", f"/api/v1/areas/{S['grid']}",
             lambda: {"code": unique("c")[:30]}, MANAGERS_HERE, 200),
            ("read person", "GET", f"/api/v1/people/{S['person']}", None, PEOPLE_READERS, 200),
            ("create person", "POST", "/api/v1/people",
             lambda: {"name": unique("居民")[:40], "area_id": S["household"]}, PEOPLE_WRITERS, 201),
            ("update person", "PATCH", f"/api/v1/people/{S['person']}",
             lambda: {"address": unique("addr")}, PEOPLE_WRITERS, 200),
            ("reveal phone", "POST", f"/api/v1/people/{S['person']}/reveal",
             lambda: {"field": "phone", "reason": "role table test"}, REVEALERS, 200),
            ("grant resident", "POST", "/api/v1/role-grants",
             lambda: {"person_id": S["person"], "role": "volunteer", "area_id": S["grid"]},
             MANAGERS_HERE, 201),
            ("read record", "GET", "/api/v1/events?subject_kind=person&subject_id="
             f"{S['person']}", None, MANAGERS_HERE, 200),
        ]

    def test_each_role_on_each_route(self):
        srv = harness.shared()
        for name, method, path, body, allowed, ok in self.rows():
            for login in LOGINS:
                with self.subTest(route=name, login=login):
                    r = srv.request(method, path, body() if body else None,
                                    token=TOKENS[login])
                    if login in allowed:
                        self.assertIn(r.status, (ok, 409) if method == "POST" else (ok,),
                                      f"{login} should be allowed to {name}: {r!r}")
                    elif r.status == 200 and "items" in r.body:
                        # A list is refused by being empty of what is outside one's scope.
                        self.assertEqual(r.body["total"], 0, f"{login} listed {name}: {r!r}")
                    else:
                        self.assertIn(r.status, (403, 404),
                                      f"{login} should be refused to {name}: {r!r}")
                        self.assertTrue(r.content_type.startswith("application/problem+json"))

    def test_other_community_is_invisible(self):
        """A login of 丹东路 reads nothing of 灵峰, and the reverse, in any list or read."""
        srv = harness.shared()
        cases = [
            ("staff.dandonglu", "灵峰", S["lingfeng"], S["person"]),
            ("resident.dandonglu", "灵峰", S["lingfeng"], S["person"]),
            ("staff.lingfeng", "丹东路", S["dandonglu"], S["person_dandonglu"]),
            ("grid.lingfeng", "丹东路", S["dandonglu"], S["person_dandonglu"]),
        ]
        for login, foreign, area, person in cases:
            token = TOKENS[login]
            with self.subTest(login=login):
                for path in ("/api/v1/areas?per_page=200", "/api/v1/people?per_page=200",
                             "/api/v1/events?per_page=200", "/api/v1/session",
                             "/api/v1/areas?q=" + "%E7%A4%BE%E5%8C%BA&per_page=200"):
                    r = srv.request("GET", path, token=token)
                    self.assertIn(r.status, (200, 403), f"{path}: {r!r}")
                    self.assertNotIn(foreign, r.raw.decode("utf-8"), f"{login} saw {path}")
                for path in (f"/api/v1/areas/{area}", f"/api/v1/areas/{area}/subtree",
                             f"/api/v1/people/{person}"):
                    r = srv.request("GET", path, token=token)
                    self.assertEqual(r.status, 404, f"{login} {path}: {r!r}")
                    self.assertNotIn(foreign, r.raw.decode("utf-8"))

    def test_resident_sees_only_their_own_record(self):
        srv = harness.shared()
        token = TOKENS["resident.lingfeng"]
        me = srv.request("GET", "/api/v1/session", token=token).body["account"]
        r = srv.request("GET", f"/api/v1/people/{me['person']['id']}", token=token)
        self.assertEqual(r.status, 200)
        self.assertIn("*", r.body["id_number"] or "*")
        self.assertProblem(srv.request("GET", "/api/v1/people", token=token), 403)
        if S["person"] != me["person"]["id"]:
            r = srv.request("GET", f"/api/v1/people/{S['person']}", token=token)
            self.assertProblem(r, 404)

    def test_without_a_session_every_api_route_is_401(self):
        srv = harness.shared()
        doc = srv.request("GET", "/api/openapi.json").body
        checked = 0
        for path, ops in doc["paths"].items():
            for method, op in ops.items():
                if not op.get("security"):
                    continue
                concrete = re.sub(r"\{[a-z_]+\}", "1", path)
                r = srv.request(method.upper(), concrete, {} if method in ("post", "patch")
                                else None)
                self.assertProblem(r, 401)
                checked += 1
        self.assertGreater(checked, 10)


if __name__ == "__main__":
    unittest.main()
