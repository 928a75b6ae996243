#include "modules/org_life/appraisal.h"

#include <fmt/format.h>

namespace linli::org_life {
namespace {

constexpr std::string_view kAppraisal =
    "SELECT ap.id, ap.org_id, ap.year, ap.meeting_id, m.held_on, ap.created_at"
    " FROM member_appraisals ap JOIN org_meetings m ON m.id = ap.meeting_id WHERE ap.id = ?";
constexpr std::string_view kResults =
    "SELECT {}, r.outcome, r.note FROM member_appraisal_results r"
    " JOIN persons p ON p.id = r.person_id LEFT JOIN areas a ON a.id = p.area_id"
    " WHERE r.appraisal_id = ? ORDER BY p.name, p.id";
constexpr std::string_view kIdOf = "SELECT id FROM member_appraisals WHERE org_id = ? AND year = ?";
constexpr size_t kPersonColumnCount = 13;  // columns of people::kPersonColumns

}  // namespace

std::optional<Appraisal> LoadAppraisal(store::Connection& c, int64_t id) {
  auto row = c.QueryOne(kAppraisal, {id});
  if (!row) return std::nullopt;
  auto org = orgs::Load(c, row->Int(1));
  if (!org) return std::nullopt;
  Appraisal a;
  a.id = row->Int(0);
  a.org = std::move(*org);
  a.year = row->Int(2);
  a.meeting_id = row->Int(3);
  a.held_on = row->Text(4);
  a.created_at = row->Int(5);
  for (const auto& r : c.Query(fmt::format(fmt::runtime(kResults), people::kPersonColumns), {id})) {
    a.results.push_back(
        {people::FromRow(r), r.Text(kPersonColumnCount), r.OptText(kPersonColumnCount + 1)});
  }
  return a;
}

std::optional<int64_t> AppraisalIdOf(store::Connection& c, int64_t org_id, int64_t year) {
  auto row = c.QueryOne(kIdOf, {org_id, year});
  if (!row) return std::nullopt;
  return row->Int(0);
}

}  // namespace linli::org_life
