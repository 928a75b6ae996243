"""Appeals dispatched to a co-building unit or a service provider (issue 3 item 2).

Fixture: a subdistrict with communities a and b, each with a grid and a household; staff of each
community; a work unit whose party committee sits in the subdistrict, with a unit rep account,
reported in to community a and confirmed; a provider of community a with one person (with a
login) acting for it; a resident of community a.
"""

import harness


class AppealPartnersTest(harness.ApiTestCase):
    @classmethod
    def setUpClass(cls):
        cls.srv = harness.Server(users=[("admin", "system_admin")])
        cls.addClassCleanup(cls.srv.close)
        srv = cls.srv
        cls.admin = srv.login("admin")
        t = cls.t = srv.create_tree(cls.admin)
        cls.community = t["community_a"]["id"]
        cls.house = srv.create_area(cls.admin, "household", parent=t["grid_a"]["id"])
        srv.add_user("staff.a", "staff", area=cls.community)
        srv.add_user("staff.b", "staff", area=t["community_b"]["id"])
        srv.add_user("res.a", "resident", area=cls.house["id"])
        r = srv.request("POST", "/api/v1/orgs",
                        {"kind": "committee", "name": harness.unique("水务公司党委"),
                         "area_id": t["subdistrict"]["id"]}, token=cls.admin)
        assert r.status == 201, r
        org = r.body["id"]
        r = srv.request("POST", "/api/v1/work-units",
                        {"name": harness.unique("水务公司"), "kind": "enterprise", "org_id": org},
                        token=cls.admin)
        assert r.status == 201, r
        cls.unit = r.body["id"]
        r = srv.request("POST", "/api/v1/work-units",
                        {"name": harness.unique("未报到单位"), "kind": "enterprise",
                         "org_id": srv.request("POST", "/api/v1/orgs",
                                               {"kind": "committee",
                                                "name": harness.unique("党委"),
                                                "area_id": t["subdistrict"]["id"]},
                                               token=cls.admin).body["id"]},
                        token=cls.admin)
        assert r.status == 201, r
        cls.other_unit = r.body["id"]
        srv.add_user("rep.unit", "unit_rep", org=org)
        cls.rep = srv.login("rep.unit")
        r = srv.request("POST", "/api/v1/report-ins",
                        {"kind": "unit", "unit_id": cls.unit, "community_id": cls.community},
                        token=cls.rep)
        assert r.status == 201, r
        cls.staff = srv.login("staff.a")
        cls.staff_b = srv.login("staff.b")
        r = srv.request("POST", f"/api/v1/report-ins/{r.body['id']}/confirm", token=cls.staff)
        assert r.status == 200, r
        cls.fixer_id = srv.add_user("fixer", "provider", area=cls.community)
        cls.fixer = srv.login("fixer")
        cls.res = srv.login("res.a")

    def register(self, body, token=None):
        return self.srv.request("POST", "/api/v1/appeal-partners", body, token=token or self.staff)

    def new_appeal(self, category="utilities"):
        r = self.srv.request("POST", "/api/v1/appeals",
                             {"channel": "online", "category": category,
                              "description": "水管漏水", "area_id": self.house["id"]},
                             token=self.res)
        a = self.assertStatus(r, 201)
        self.assertStatus(self.srv.request("POST", f"/api/v1/appeals/{a['id']}/accept", {},
                                           token=self.staff), 200)
        return a["id"]

    def step(self, i, step, body=None, token=None):
        return self.srv.request("POST", f"/api/v1/appeals/{i}/{step}", body or {},
                                token=token or self.staff)

    def provider(self):
        if not hasattr(type(self), "provider_id"):
            p = self.assertStatus(self.register(
                {"kind": "provider", "community_id": self.community, "name": "王师傅水电维修",
                 "services": "水电、管道疏通", "categories": ["utilities", "small_matter"],
                 "person_ids": [self.fixer_id]}), 201)
            type(self).provider_id = p["id"]
        return type(self).provider_id

    def test_register_and_bad_input(self):
        u = self.assertStatus(self.register({"kind": "unit", "community_id": self.community,
                                             "unit_id": self.unit,
                                             "categories": ["utilities"]}), 201)
        self.assertEqual(u["categories"], ["utilities"])
        self.provider()
        items = self.assertStatus(self.srv.request(
            "GET", "/api/v1/appeal-partners", token=self.staff,
            query={"community_id": self.community}), 200)["items"]
        self.assertEqual({(i["kind"], i["id"]) for i in items},
                         {("unit", self.unit), ("provider", self.provider_id)})
        self.assertProblem(self.register({"kind": "unit", "community_id": self.community,
                                          "unit_id": self.other_unit,
                                          "categories": ["utilities"]}), 422, "/unit_id")
        self.assertProblem(self.register({"kind": "unit", "community_id": self.community,
                                          "unit_id": self.unit, "categories": ["nope"]}),
                           400, "/categories/0")
        self.assertProblem(self.register({"kind": "provider", "community_id": self.community,
                                          "name": "王师傅水电维修", "categories": ["utilities"],
                                          "person_ids": [self.fixer_id]}), 409, "/name")
        self.assertProblem(self.register({"kind": "provider", "community_id": self.community,
                                          "name": "x", "categories": ["utilities"]}),
                           400, "/person_ids")
        # Staff of another community: not theirs to see.
        self.assertProblem(self.register({"kind": "unit", "community_id": self.community,
                                          "unit_id": self.unit, "categories": ["utilities"]},
                                         token=self.staff_b), 404, "/community_id")
        self.assertProblem(self.srv.request("GET", "/api/v1/appeal-partners", token=self.staff_b,
                                            query={"community_id": self.community}),
                           404, "?community_id")

    def test_suggested_by_category(self):
        self.assertStatus(self.register({"kind": "unit", "community_id": self.community,
                                         "unit_id": self.unit, "categories": ["utilities"]}),
                          201)
        self.provider()
        i = self.new_appeal("utilities")
        items = self.assertStatus(self.srv.request("GET", f"/api/v1/appeals/{i}/suggestions",
                                                   token=self.staff), 200)["items"]
        kinds = [(x["assignee_kind"], x["assignee_id"]) for x in items]
        self.assertIn(("unit", self.unit), kinds)
        self.assertIn(("provider", self.provider_id), kinds)
        self.assertTrue(all(x["reason"] for x in items))
        # Not registered for "ordinary": neither is suggested.
        j = self.new_appeal("ordinary")
        items = self.assertStatus(self.srv.request("GET", f"/api/v1/appeals/{j}/suggestions",
                                                   token=self.staff), 200)["items"]
        self.assertFalse([x for x in items if x["assignee_kind"] != "person"])

    def test_unit_takes_and_resolves(self):
        i = self.new_appeal()
        self.assertProblem(self.step(i, "dispatch", {"assignee_kind": "unit",
                                                     "assignee_id": self.other_unit}),
                           422, "/assignee_id")
        self.assertProblem(self.step(i, "dispatch", {"assignee_kind": "unit",
                                                     "assignee_id": 999999}), 404, "/assignee_id")
        a = self.assertStatus(self.step(i, "dispatch", {"assignee_kind": "unit",
                                                        "assignee_id": self.unit}), 200)
        self.assertEqual(a["assignee"]["kind"], "unit")
        self.assertTrue(a["assignee"]["name"])
        # The provider's person is not the unit: refused; the unit rep sees and takes it.
        self.assertProblem(self.step(i, "take", token=self.fixer), 404)
        mine = self.assertStatus(self.srv.request("GET", "/api/v1/appeals", token=self.rep,
                                                  query={"assignee": "me"}), 200)
        self.assertIn(i, [x["id"] for x in mine["items"]])
        self.assertStatus(self.step(i, "take", token=self.rep), 200)
        self.assertStatus(self.step(i, "arrive", token=self.rep), 200)
        a = self.assertStatus(self.step(i, "resolve", {"result": "换了阀门"}, token=self.rep), 200)
        self.assertEqual(a["state"], "resolved")

    def test_provider_takes_and_resolves(self):
        pid = self.provider()
        i = self.new_appeal()
        a = self.assertStatus(self.step(i, "dispatch", {"assignee_kind": "provider",
                                                        "assignee_id": pid}), 200)
        self.assertEqual(a["assignee"], {"kind": "provider", "id": pid, "name": "王师傅水电维修"})
        self.assertProblem(self.step(i, "take", token=self.rep), 404)
        self.assertStatus(self.step(i, "take", token=self.fixer), 200)
        a = self.assertStatus(self.step(i, "resolve", {"result": "疏通了管道"}, token=self.fixer),
                              200)
        self.assertEqual(a["state"], "resolved")
        rows = self.srv.query_db("SELECT summary FROM events WHERE action = 'appeal.dispatch'"
                                 " AND subject_id = ?", (i,))
        self.assertIn('"assignee_kind":"provider"', rows[0][0])
        self.assertEqual(self.srv.verify()[0], 0)


if __name__ == "__main__":
    import unittest
    unittest.main()
