"""GET /api/v1/appeal-categories: the configured categories with their clocks, for any login
(the web app's intake form picks from it); none without a session."""

import unittest

import harness

CATEGORIES = [
    {"code": "small_matter", "name": "小事急办", "accept_s": 300, "on_site_s": 600,
     "resolve_s": 1800},
    {"code": "ordinary", "name": "一般诉求", "accept_s": 3600, "resolve_s": 86400},
]


class AppealCategoriesTest(harness.ApiTestCase):
    @classmethod
    def setUpClass(cls):
        cls.srv = harness.Server(users=[("admin", "system_admin")],
                                 config={"appeals": {"categories": CATEGORIES}})
        cls.addClassCleanup(cls.srv.close)
        cls.admin = cls.srv.login("admin")
        t = cls.srv.create_tree(cls.admin)
        house = cls.srv.create_area(cls.admin, "household", parent=t["grid_a"]["id"])
        cls.srv.add_user("res", "resident", area=house["id"])
        cls.resident = cls.srv.login("res")

    def test_lists_the_configured_categories_in_order_with_their_clocks(self):
        status, _, body = self.srv.request("GET", "/api/v1/appeal-categories",
                                           token=self.resident)
        self.assertEqual(status, 200)
        self.assertEqual([c["code"] for c in body["items"]], ["small_matter", "ordinary"])
        self.assertEqual(body["items"][0], {"code": "small_matter", "name": "小事急办",
                                            "accept_s": 300, "on_site_s": 600,
                                            "resolve_s": 1800})
        self.assertIsNone(body["items"][1]["on_site_s"])

    def test_needs_a_session(self):
        r = self.srv.request("GET", "/api/v1/appeal-categories")
        self.assertProblem(r, 401)


if __name__ == "__main__":
    unittest.main()
