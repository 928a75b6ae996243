"""Party member duty zones: a zone covers a grid and is served by 2 to 3 party members (the
rules of its members are the duty-zone commands' tests; here the paths through HTTP).

Fixture: two communities (a, b) with a grid each; a branch in community a holding five party
members; a resident of grid a who is no party member; a system admin, staff of each community
and a grid worker of grid a.
"""

import unittest

import harness


class DutyZonesTest(harness.ApiTestCase):
    @classmethod
    def setUpClass(cls):
        cls.srv = harness.Server(users=[("admin", "system_admin")])
        cls.addClassCleanup(cls.srv.close)
        srv = cls.srv
        cls.admin = srv.login("admin")
        cls.t = srv.create_tree(cls.admin)
        srv.add_user("staff.a", "staff", area=cls.t["community_a"]["id"])
        srv.add_user("staff.b", "staff", area=cls.t["community_b"]["id"])
        srv.add_user("grid.a", "grid_worker", area=cls.t["grid_a"]["id"])
        cls.staff_a = srv.login("staff.a")
        cls.staff_b = srv.login("staff.b")
        cls.grid_worker = srv.login("grid.a")
        grid_a = cls.t["grid_a"]["id"]
        r = srv.request("POST", "/api/v1/orgs",
                        {"kind": "branch", "name": harness.unique("branch"),
                         "area_id": cls.t["community_a"]["id"]}, token=cls.admin)
        assert r.status == 201, r
        cls.branch = r.body
        cls.members = []
        for i in range(5):
            p = srv.create_person(cls.admin, area_id=grid_a)
            status = "full" if i < 3 else "probationary"
            r = srv.request("POST", f"/api/v1/orgs/{cls.branch['id']}/members",
                            {"person_id": p["id"], "status": status}, token=cls.admin)
            assert r.status == 201, r
            cls.members.append(p["id"])
        cls.resident = srv.create_person(cls.admin, area_id=grid_a)["id"]

    def zone(self, member_ids, grid=None, token=None, name=None):
        return self.srv.request("POST", "/api/v1/duty-zones",
                                {"grid_id": grid or self.t["grid_a"]["id"],
                                 "name": name or harness.unique("zone"),
                                 "member_ids": member_ids}, token=token or self.admin)

    def test_create_read_update_delete(self):
        r = self.zone(self.members[:2], token=self.staff_a)
        z = self.assertStatus(r, 201)
        self.assertEqual(z["grid"]["id"], self.t["grid_a"]["id"])
        self.assertEqual(sorted(m["id"] for m in z["members"]), sorted(self.members[:2]))
        self.assertTrue(all(m["org_id"] == self.branch["id"] for m in z["members"]))
        self.assertStatus(self.srv.request("GET", f"/api/v1/duty-zones/{z['id']}",
                                           token=self.staff_a), 200)
        r = self.srv.request("PATCH", f"/api/v1/duty-zones/{z['id']}",
                             {"member_ids": self.members[2:5]}, token=self.staff_a)
        self.assertEqual(sorted(m["id"] for m in self.assertStatus(r, 200)["members"]),
                         sorted(self.members[2:5]))
        r = self.srv.request("PATCH", f"/api/v1/duty-zones/{z['id']}",
                             {"name": harness.unique("renamed")}, token=self.staff_a)
        self.assertEqual(len(self.assertStatus(r, 200)["members"]), 3)
        self.assertEqual(self.srv.request("DELETE", f"/api/v1/duty-zones/{z['id']}",
                                          token=self.staff_a).status, 204)
        self.assertProblem(self.srv.request("GET", f"/api/v1/duty-zones/{z['id']}",
                                            token=self.staff_a), 404)
        actions = [r[0] for r in self.srv.query_db(
            "SELECT action FROM events WHERE subject_kind = 'duty_zone' AND subject_id = ?"
            " ORDER BY seq", (z["id"],))]
        self.assertEqual(actions, ["duty_zone.create", "duty_zone.update", "duty_zone.update",
                                   "duty_zone.delete"])

    def test_grid_and_body_rules(self):
        self.assertProblem(self.zone(self.members[:2], grid=self.t["community_a"]["id"]), 422,
                           "/grid_id")
        self.assertProblem(self.zone(self.members[:2], grid=999999), 404, "/grid_id")
        r = self.srv.request("POST", "/api/v1/duty-zones",
                             {"grid_id": self.t["grid_a"]["id"], "name": "z"}, token=self.admin)
        self.assertProblem(r, 400, "/member_ids")
        name = harness.unique("zone")
        self.assertStatus(self.zone(self.members[:2], name=name), 201)
        self.assertProblem(self.zone(self.members[2:4], name=name), 409, "/name")
        r = self.srv.request("PATCH", "/api/v1/duty-zones/999999", {"name": "x"},
                             token=self.admin)
        self.assertProblem(r, 404)

    def test_scope(self):
        z = self.assertStatus(self.zone(self.members[:2], token=self.staff_a), 201)
        # Staff of another community see nothing of it and cannot touch it.
        listed = self.assertStatus(self.srv.request("GET", "/api/v1/duty-zones",
                                                    token=self.staff_b), 200)
        self.assertEqual(listed["total"], 0)
        self.assertEqual(listed["items"], [])
        before = self.srv.last_event_seq()
        for method, body in (("GET", None), ("PATCH", {"name": "x"}), ("DELETE", None)):
            with self.subTest(method=method):
                r = self.srv.request(method, f"/api/v1/duty-zones/{z['id']}", body,
                                     token=self.staff_b)
                self.assertProblem(r, 404)
        self.assertProblem(self.zone(self.members[:2], token=self.staff_b), 404, "/grid_id")
        self.assertEqual(self.srv.last_event_seq(), before)
        # The grid worker reads but does not write.
        self.assertStatus(self.srv.request("GET", f"/api/v1/duty-zones/{z['id']}",
                                           token=self.grid_worker), 200)
        r = self.srv.request("PATCH", f"/api/v1/duty-zones/{z['id']}", {"name": "x"},
                             token=self.grid_worker)
        self.assertProblem(r, 403)
        self.assertProblem(self.zone(self.members[:2], token=self.grid_worker), 403)
        # A member role held on the branch covers the community the branch sits in.
        login = harness.unique("member")
        self.srv.add_user(login, "member", org=self.branch["id"])
        member = self.srv.login(login)
        self.assertStatus(self.srv.request("GET", f"/api/v1/duty-zones/{z['id']}",
                                           token=member), 200)
        self.assertProblem(self.zone(self.members[:2], token=member), 403)

    def test_list_filters_and_masking(self):
        z = self.assertStatus(self.zone(self.members[:2]), 201)
        for query in ({"grid_id": self.t["grid_a"]["id"]},
                      {"area_id": self.t["community_a"]["id"]}):
            with self.subTest(query=query):
                r = self.srv.request("GET", "/api/v1/duty-zones", token=self.admin,
                                     query={**query, "per_page": 200})
                self.assertIn(z["id"], [i["id"] for i in self.assertStatus(r, 200)["items"]])
        r = self.srv.request("GET", "/api/v1/duty-zones", token=self.admin,
                             query={"area_id": self.t["community_b"]["id"]})
        self.assertEqual(self.assertStatus(r, 200)["total"], 0)
        r = self.srv.request("GET", "/api/v1/duty-zones", token=self.admin,
                             query={"area_id": 999999})
        self.assertProblem(r, 400, "?area_id")
        # Members appear masked.
        p = self.srv.create_person(self.admin, area_id=self.t["grid_a"]["id"],
                                   id_number="11010519491231002X")
        r = self.srv.request("POST", f"/api/v1/orgs/{self.branch['id']}/members",
                             {"person_id": p["id"], "status": "full"}, token=self.admin)
        self.assertStatus(r, 201)
        r = self.zone([p["id"], self.members[0]])
        self.assertStatus(r, 201)
        self.assertNotIn(b"11010519491231002X", r.raw)
        shown = [m for m in r.body["members"] if m["id"] == p["id"]][0]
        self.assertTrue(shown["id_number"].startswith("110105"))
        self.assertIn("*", shown["id_number"])


if __name__ == "__main__":
    unittest.main()
