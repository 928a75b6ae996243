"""The party organisation tree: kinds and areas, moves, members, formation checks, scope.

Fixture: two communities (a, b) of one subdistrict, each with a grid; a system admin, a staff
user of each community and a grid worker of grid a. Organisations are created per test with
unique names, so the tests do not depend on each other's order.
"""

import unittest

import harness


class OrgsTest(harness.ApiTestCase):
    @classmethod
    def setUpClass(cls):
        cls.srv = harness.Server(users=[("admin", "system_admin")])
        cls.addClassCleanup(cls.srv.close)
        cls.admin = cls.srv.login("admin")
        cls.t = cls.srv.create_tree(cls.admin)
        cls.srv.add_user("staff.a", "staff", area=cls.t["community_a"]["id"])
        cls.srv.add_user("staff.b", "staff", area=cls.t["community_b"]["id"])
        cls.srv.add_user("grid.a", "grid_worker", area=cls.t["grid_a"]["id"])
        cls.staff_a = cls.srv.login("staff.a")
        cls.staff_b = cls.srv.login("staff.b")
        cls.grid_a = cls.srv.login("grid.a")

    # ----- helpers -------------------------------------------------------------------------

    def post(self, path, body, token=None, status=None):
        r = self.srv.request("POST", path, body, token=token or self.admin)
        if status is not None:
            self.assertEqual(r.status, status, repr(r))
        return r

    def get(self, path, token=None, **query):
        return self.srv.request("GET", path, token=token or self.admin, query=query or None)

    def org(self, kind, area, parent=None, token=None, **fields):
        body = {"kind": kind, "name": harness.unique(kind), "area_id": area, **fields}
        if parent is not None:
            body["parent_id"] = parent
        return self.post("/api/v1/orgs", body, token=token, status=201).body

    def person(self, area=None):
        return self.srv.create_person(self.admin, area_id=area or self.t["grid_a"]["id"])

    def add_member(self, org_id, person_id, status="full", token=None, **fields):
        return self.post(f"/api/v1/orgs/{org_id}/members",
                         {"person_id": person_id, "status": status, **fields}, token=token)

    def add_members(self, org_id, count, status="full"):
        ids = []
        for _ in range(count):
            p = self.person()
            self.assertStatus(self.add_member(org_id, p["id"], status), 201)
            ids.append(p["id"])
        return ids

    def checks(self, org_id):
        body = self.assertStatus(self.get(f"/api/v1/orgs/{org_id}/checks"), 200)
        return body, {c["rule"]: c for c in body["checks"]}

    @property
    def ca(self):
        return self.t["community_a"]["id"]

    # ----- the tree ------------------------------------------------------------------------

    def test_create_move_and_subtree(self):
        committee = self.org("committee", self.ca)
        self.assertIsNone(committee["parent_id"])
        self.assertEqual(committee["area"]["id"], self.ca)
        self.assertEqual(committee["path"], f"/{committee['id']}/")
        general = self.org("general_branch", self.ca, committee["id"])
        branch = self.org("branch", self.t["grid_a"]["id"], committee["id"])
        group = self.org("group", self.t["grid_a"]["id"], branch["id"])
        self.assertEqual(group["path"], f"/{committee['id']}/{branch['id']}/{group['id']}/")
        self.assertEqual(group["depth"], 2)

        r = self.post(f"/api/v1/orgs/{branch['id']}/move", {"parent_id": general["id"]},
                      status=200)
        self.assertEqual(r.body["parent_id"], general["id"])
        self.assertEqual(r.body["path"], f"/{committee['id']}/{general['id']}/{branch['id']}/")
        moved_group = self.assertStatus(self.get(f"/api/v1/orgs/{group['id']}"), 200)
        self.assertEqual(moved_group["path"],
                         f"/{committee['id']}/{general['id']}/{branch['id']}/{group['id']}/")
        self.assertEqual(moved_group["depth"], 3)
        self.assertEqual([a["id"] for a in moved_group["ancestors"]],
                         [committee["id"], general["id"], branch["id"]])

        sub = self.assertStatus(self.get(f"/api/v1/orgs/{committee['id']}/subtree"), 200)
        self.assertEqual([o["id"] for o in sub["items"]],
                         [committee["id"], general["id"], branch["id"], group["id"]])
        self.assertFalse(sub["truncated"])

        listed = self.assertStatus(self.get("/api/v1/orgs", parent_id=general["id"]), 200)
        self.assertEqual([o["id"] for o in listed["items"]], [branch["id"]])
        self.assertEqual(listed["total"], 1)

    def test_every_write_appends_one_event(self):
        before = self.srv.last_event_seq()
        committee = self.org("committee", self.ca)
        branch = self.org("branch", self.ca, committee["id"])
        p = self.person()
        self.assertStatus(self.add_member(branch["id"], p["id"]), 201)  # person: one event too
        path = f"/api/v1/orgs/{branch['id']}/members/{p['id']}"
        self.assertStatus(self.srv.request("PATCH", path, {"status": "probationary"},
                                           token=self.admin), 200)
        self.assertStatus(self.srv.request("PATCH", f"/api/v1/orgs/{branch['id']}",
                                           {"name": harness.unique("renamed")},
                                           token=self.admin), 200)
        self.assertEqual(self.srv.request("DELETE", path, token=self.admin).status, 204)
        actions = [r[0] for r in self.srv.query_db(
            "SELECT action FROM events WHERE seq > ? ORDER BY seq", (before,))]
        self.assertEqual([a for a in actions if a.startswith(("org.", "member."))],
                         ["org.create", "org.create", "member.add", "member.update",
                          "org.update", "member.remove"])
        code, out = self.srv.verify()
        self.assertEqual(code, 0, out)

    def test_kind_and_area_rules_name_the_field(self):
        committee = self.org("committee", self.ca)
        branch = self.org("branch", self.ca, committee["id"])
        group = self.org("group", self.ca, branch["id"])
        cases = [
            # (body, status, pointer)
            ({"kind": "group", "parent_id": committee["id"]}, 422, "/kind"),
            ({"kind": "committee", "parent_id": branch["id"]}, 422, "/kind"),
            ({"kind": "branch", "parent_id": branch["id"]}, 422, "/kind"),
            ({"kind": "branch", "parent_id": group["id"]}, 422, "/kind"),
            ({"kind": "group"}, 422, "/parent_id"),
            ({"kind": "branch", "parent_id": 999999}, 404, "/parent_id"),
            ({"kind": "branch", "parent_id": committee["id"],
              "area_id": self.t["community_b"]["id"]}, 422, "/area_id"),
            ({"kind": "branch", "parent_id": committee["id"],
              "area_id": self.t["subdistrict"]["id"]}, 422, "/area_id"),
            ({"kind": "branch", "area_id": 999999}, 404, "/area_id"),
            ({"kind": "committee", "joint": True}, 400, "/joint"),
            ({"kind": "cell"}, 400, "/kind"),
            ({"kind": "branch", "name": ""}, 400, "/name"),
            ({"kind": "branch", "extra": 1}, 400, "/extra"),
        ]
        for body, status, pointer in cases:
            with self.subTest(body=body):
                full = {"name": harness.unique("o"), "area_id": self.ca, **body}
                r = self.srv.request("POST", "/api/v1/orgs", full, token=self.admin)
                self.assertProblem(r, status, pointer)
        r = self.srv.request("POST", "/api/v1/orgs", {"kind": "branch", "name": branch["name"],
                                                      "area_id": self.ca,
                                                      "parent_id": committee["id"]},
                             token=self.admin)
        self.assertProblem(r, 409, "/name")

        moves = [
            (committee["id"], branch["id"], "/parent_id"),  # under its own child
            (committee["id"], committee["id"], "/parent_id"),  # under itself
            (branch["id"], group["id"], "/parent_id"),  # a branch under a group
        ]
        for org_id, parent_id, pointer in moves:
            with self.subTest(move=(org_id, parent_id)):
                r = self.srv.request("POST", f"/api/v1/orgs/{org_id}/move",
                                     {"parent_id": parent_id}, token=self.admin)
                self.assertProblem(r, 422, pointer)
        other = self.org("committee", self.t["community_b"]["id"])
        r = self.srv.request("POST", f"/api/v1/orgs/{branch['id']}/move",
                             {"parent_id": other["id"]}, token=self.admin)
        self.assertProblem(r, 422, "/parent_id")  # the branch sits outside that area
        r = self.srv.request("PATCH", f"/api/v1/orgs/{committee['id']}", {"joint": True},
                             token=self.admin)
        self.assertProblem(r, 422, "/joint")
        r = self.srv.request("PATCH", f"/api/v1/orgs/{committee['id']}",
                             {"area_id": self.t["grid_b"]["id"]}, token=self.admin)
        self.assertProblem(r, 422, "/area_id")  # its branch sits in community a
        r = self.srv.request("PATCH", f"/api/v1/orgs/{committee['id']}", {}, token=self.admin)
        self.assertProblem(r, 400)

    # ----- members and formation checks ----------------------------------------------------

    def test_branch_over_fifty_members_is_a_violation(self):
        committee = self.org("committee", self.ca)
        branch = self.org("branch", self.ca, committee["id"])
        ids = self.add_members(branch["id"], 51)
        body, rules = self.checks(branch["id"])
        self.assertEqual(body["members"], 51)
        self.assertEqual(body["full_members"], 51)
        self.assertEqual(body["probationary_members"], 0)
        self.assertEqual(body["thresholds"], {"branch_max_members": 50,
                                              "general_branch_max_members": 100,
                                              "min_full_members": 3})
        self.assertEqual(rules["branch_size"]["status"], "violation")
        self.assertIn("should be a general branch", rules["branch_size"]["message"])
        self.assertEqual(rules["full_members"]["status"], "ok")
        # The figure is the rows: one fewer row, and the branch is within the rule.
        r = self.srv.request("DELETE", f"/api/v1/orgs/{branch['id']}/members/{ids[0]}",
                             token=self.admin)
        self.assertEqual(r.status, 204)
        body, rules = self.checks(branch["id"])
        self.assertEqual(body["members"], 50)
        self.assertEqual(rules["branch_size"]["status"], "ok")
        listed = self.assertStatus(self.get(f"/api/v1/orgs/{branch['id']}/members",
                                            per_page=200), 200)
        self.assertEqual(listed["total"], 50)
        # The committee above counts the branch's members: a small committee is worth a look.
        body, rules = self.checks(committee["id"])
        self.assertEqual(body["members"], 50)
        self.assertEqual(rules["committee_size"]["status"], "info")

    def test_joint_branch_rule(self):
        committee = self.org("committee", self.ca)
        branch = self.org("branch", self.ca, committee["id"])
        self.add_members(branch["id"], 2, "full")
        (probationary,) = self.add_members(branch["id"], 1, "probationary")
        body, rules = self.checks(branch["id"])
        self.assertEqual((body["members"], body["full_members"], body["probationary_members"]),
                         (3, 2, 1))
        self.assertEqual(rules["full_members"]["status"], "violation")
        self.assertIn("fewer than 3 full members: form a joint branch (联合支部)",
                      rules["full_members"]["message"])
        # Made a joint branch, it is no longer a violation.
        r = self.srv.request("PATCH", f"/api/v1/orgs/{branch['id']}", {"joint": True},
                             token=self.admin)
        self.assertTrue(self.assertStatus(r, 200)["joint"])
        body, rules = self.checks(branch["id"])
        self.assertTrue(body["joint"])
        self.assertNotEqual(rules["full_members"]["status"], "violation")
        # The probationary member becomes full: three full members, the rule holds.
        r = self.srv.request("PATCH", f"/api/v1/orgs/{branch['id']}/members/{probationary}",
                             {"status": "full", "joined_on": "2020-07-01"}, token=self.admin)
        member = self.assertStatus(r, 200)
        self.assertEqual((member["status"], member["joined_on"]), ("full", "2020-07-01"))
        body, rules = self.checks(branch["id"])
        self.assertEqual(body["full_members"], 3)
        self.assertEqual(rules["full_members"]["status"], "ok")

    def test_general_branch_counts_its_subtree(self):
        general = self.org("general_branch", self.ca)
        one = self.org("branch", self.ca, general["id"])
        two = self.org("branch", self.ca, general["id"])
        self.add_members(one["id"], 3)
        self.add_members(two["id"], 2, "probationary")
        body, rules = self.checks(general["id"])
        self.assertEqual((body["members"], body["full_members"], body["probationary_members"]),
                         (5, 3, 2))
        self.assertEqual(body["counted"]["organisations"], 3)
        self.assertEqual(rules["general_branch_size"]["status"], "info")
        view = self.assertStatus(self.get(f"/api/v1/orgs/{general['id']}"), 200)
        self.assertEqual(view["member_counts"]["direct"]["members"], 0)
        self.assertEqual(view["member_counts"]["subtree"],
                         {"members": 5, "full": 3, "probationary": 2})
        listed = self.assertStatus(
            self.get(f"/api/v1/orgs/{general['id']}/members", subtree="true"), 200)
        self.assertEqual(listed["total"], 5)

    def test_a_person_belongs_to_one_org(self):
        committee = self.org("committee", self.ca)
        first = self.org("branch", self.ca, committee["id"])
        second = self.org("branch", self.ca, committee["id"])
        p = self.person()
        self.assertStatus(self.add_member(first["id"], p["id"], joined_on="2019-01-02"), 201)
        r = self.add_member(second["id"], p["id"])
        problem = self.assertProblem(r, 409, "/person_id")
        self.assertIn(first["name"], problem["detail"])
        self.assertProblem(self.add_member(first["id"], p["id"]), 409, "/person_id")
        self.assertProblem(self.add_member(first["id"], 999999), 404, "/person_id")
        self.assertProblem(self.add_member(first["id"], p["id"], "elder"), 400, "/status")
        self.assertProblem(self.add_member(second["id"], self.person()["id"],
                                           joined_on="2019-02-30"), 400, "/joined_on")
        self.assertProblem(self.add_member(second["id"], self.person()["id"],
                                           joined_on="2090-01-01"), 422, "/joined_on")
        r = self.srv.request("PATCH", f"/api/v1/orgs/{second['id']}/members/{p['id']}",
                             {"status": "full"}, token=self.admin)
        self.assertProblem(r, 404)

    def test_member_list_is_masked(self):
        committee = self.org("committee", self.ca)
        branch = self.org("branch", self.ca, committee["id"])
        p = self.srv.create_person(self.admin, area_id=self.t["grid_a"]["id"],
                                   id_number="11010519491231002X", phone="13812345678")
        self.assertStatus(self.add_member(branch["id"], p["id"], "probationary"), 201)
        r = self.get(f"/api/v1/orgs/{branch['id']}/members")
        self.assertStatus(r, 200)
        self.assertNotIn(b"11010519491231002X", r.raw)
        self.assertNotIn(b"13812345678", r.raw)
        (item,) = r.body["items"]
        self.assertEqual((item["id"], item["status"], item["org_id"]),
                         (p["id"], "probationary", branch["id"]))
        self.assertNotIn(b"11010519491231002X", self.srv.log_bytes())

    # ----- scope ---------------------------------------------------------------------------

    def test_staff_of_another_community_sees_nothing(self):
        committee = self.org("committee", self.ca, token=self.staff_a)
        branch = self.org("branch", self.t["grid_a"]["id"], committee["id"], token=self.staff_a)
        p = self.person()
        self.assertStatus(self.add_member(branch["id"], p["id"], token=self.staff_a), 201)

        listed = self.assertStatus(self.get("/api/v1/orgs", token=self.staff_b, per_page=200),
                                   200)
        self.assertNotIn(committee["id"], [o["id"] for o in listed["items"]])
        self.assertNotIn(branch["id"], [o["id"] for o in listed["items"]])
        for path in (f"/api/v1/orgs/{branch['id']}", f"/api/v1/orgs/{branch['id']}/checks",
                     f"/api/v1/orgs/{branch['id']}/members",
                     f"/api/v1/orgs/{committee['id']}/subtree"):
            with self.subTest(path=path):
                self.assertProblem(self.get(path, token=self.staff_b), 404)
        writes = [
            ("PATCH", f"/api/v1/orgs/{branch['id']}", {"name": "x"}),
            ("POST", f"/api/v1/orgs/{branch['id']}/move", {"parent_id": committee["id"]}),
            ("POST", f"/api/v1/orgs/{branch['id']}/members",
             {"person_id": self.person()["id"], "status": "full"}),
            ("PATCH", f"/api/v1/orgs/{branch['id']}/members/{p['id']}", {"status": "full"}),
            ("DELETE", f"/api/v1/orgs/{branch['id']}/members/{p['id']}", None),
        ]
        before = self.srv.last_event_seq()
        for method, path, body in writes:
            with self.subTest(write=(method, path)):
                self.assertProblem(self.srv.request(method, path, body, token=self.staff_b), 404)
        r = self.srv.request("POST", "/api/v1/orgs",
                             {"kind": "branch", "name": harness.unique("b"), "area_id": self.ca,
                              "parent_id": committee["id"]}, token=self.staff_b)
        self.assertIn(r.status, (403, 404, 422), repr(r))
        self.assertEqual(self.srv.last_event_seq(), before)

        # Staff of b may not enrol a person of community a in their own branch either.
        own = self.org("branch", self.t["community_b"]["id"], token=self.staff_b)
        self.assertProblem(self.add_member(own["id"], self.person()["id"], token=self.staff_b),
                           404, "/person_id")
        mine = self.assertStatus(self.get("/api/v1/orgs", token=self.staff_b, per_page=200), 200)
        self.assertTrue(all(o["area"]["path"].startswith(self.t["community_b"]["path"])
                            for o in mine["items"]), mine)

    def test_readers_who_may_not_write(self):
        committee = self.org("committee", self.ca)
        branch = self.org("branch", self.t["grid_a"]["id"], committee["id"])
        self.assertStatus(self.get(f"/api/v1/orgs/{branch['id']}", token=self.grid_a), 200)
        r = self.srv.request("PATCH", f"/api/v1/orgs/{branch['id']}", {"name": "x"},
                             token=self.grid_a)
        self.assertProblem(r, 403)
        # A member role held on the branch reads it, not the other organisations.
        login = harness.unique("member")
        self.srv.add_user(login, "member", org=branch["id"])
        member = self.srv.login(login)
        self.assertStatus(self.get(f"/api/v1/orgs/{branch['id']}", token=member), 200)
        self.assertProblem(self.get(f"/api/v1/orgs/{committee['id']}", token=member), 404)
        listed = self.assertStatus(self.get("/api/v1/orgs", token=member), 200)
        self.assertEqual([o["id"] for o in listed["items"]], [branch["id"]])
        r = self.add_member(branch["id"], self.person()["id"], token=member)
        self.assertProblem(r, 403)

    def test_list_filters(self):
        committee = self.org("committee", self.ca, name=harness.unique("灵峰社区党委"))
        branch = self.org("branch", self.t["grid_a"]["id"], committee["id"])
        by_area = self.assertStatus(self.get("/api/v1/orgs", area_id=self.t["grid_a"]["id"],
                                             per_page=200), 200)
        ids = [o["id"] for o in by_area["items"]]
        self.assertIn(branch["id"], ids)
        self.assertNotIn(committee["id"], ids)
        by_q = self.assertStatus(self.get("/api/v1/orgs", q="灵峰社区党委"), 200)
        self.assertIn(committee["id"], [o["id"] for o in by_q["items"]])
        by_kind = self.assertStatus(self.get("/api/v1/orgs", kind="committee", per_page=200), 200)
        self.assertTrue(all(o["kind"] == "committee" for o in by_kind["items"]))
        self.assertProblem(self.get("/api/v1/orgs", area_id="999999"), 400, "?area_id")
        self.assertProblem(self.get("/api/v1/orgs", kind="cell"), 400, "?kind")
        self.assertProblem(self.get("/api/v1/orgs", colour="red"), 400, "?colour")
        self.assertProblem(self.get("/api/v1/orgs/999999"), 404)


if __name__ == "__main__":
    unittest.main()
