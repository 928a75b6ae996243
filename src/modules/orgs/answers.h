// The shapes of the orgs module's answers, each declared once (http/shape.h): their JSON and
// their schemas (the OpenAPI components PartyOrg, PartyOrgView, PartyOrgSubtree, OrgChecks and
// PartyMember) come from these structs. They view the records they are made from: keep the
// record alive while its answer is written.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "http/shape.h"
#include "modules/areas/area_ref.h"
#include "modules/orgs/formation.h"
#include "modules/orgs/members.h"
#include "modules/orgs/org.h"
#include "modules/orgs/queries.h"
#include "modules/orgs/settings.h"
#include "modules/people/answers.h"

namespace linli::orgs {

namespace shape = http::shape;

struct OrgAnswer {
  static constexpr std::string_view kSchemaName = "PartyOrg";
  int64_t id = 0;
  shape::OneOf<&Kinds> kind;
  std::string_view name;
  bool joint = false;
  areas::AreaRef area;
  std::string_view path;
  int64_t depth = 0;
  shape::Time created_at;
  shape::Time updated_at;
  std::optional<int64_t> parent_id;
  static constexpr shape::Doc kDocs[] = {
      {"joint", "a joint branch (联合支部) of several small units"},
      {"area", "the area it sits in"},
      {"path", "materialized path of ids, \"/3/7/\""},
      {"depth", "0 for a root"},
      {"parent_id", "none for a root"}};
};
BOOST_DESCRIBE_STRUCT(OrgAnswer, (),
                      (id, kind, name, joint, area, path, depth, created_at, updated_at, parent_id))

struct OrgAncestor {
  int64_t id = 0;
  shape::OneOf<&Kinds> kind;
  std::string_view name;
};
BOOST_DESCRIBE_STRUCT(OrgAncestor, (), (id, kind, name))

struct Counts {
  int64_t members = 0;
  int64_t full = 0;
  int64_t probationary = 0;
};
BOOST_DESCRIBE_STRUCT(Counts, (), (members, full, probationary))

struct MemberCountsAnswer {
  Counts direct;
  Counts subtree;
  static constexpr shape::Doc kDocs[] = {
      {"direct", "members the organisation holds itself"},
      {"subtree", "members it holds with every organisation below it"}};
};
BOOST_DESCRIBE_STRUCT(MemberCountsAnswer, (), (direct, subtree))

// One organisation with those above it (root first) and its member counts.
struct OrgViewAnswer : OrgAnswer {
  static constexpr std::string_view kSchemaName = "PartyOrgView";
  std::vector<OrgAncestor> ancestors;
  MemberCountsAnswer member_counts;
};
BOOST_DESCRIBE_STRUCT(OrgViewAnswer, (OrgAnswer), (ancestors, member_counts))

struct OrgSubtree {
  static constexpr std::string_view kSchemaName = "PartyOrgSubtree";
  std::vector<OrgAnswer> items;
  bool truncated = false;
  static constexpr shape::Doc kDocs[] = {
      {"items", "the organisation and those below it, in path order"},
      {"truncated", "more organisations lie below than the answer holds"}};
};
BOOST_DESCRIBE_STRUCT(OrgSubtree, (), (items, truncated))

struct Counted {
  std::string_view source;
  int64_t organisations = 0;
  static constexpr shape::Doc kDocs[] = {{"organisations", "organisations whose rows are counted"}};
};
BOOST_DESCRIBE_STRUCT(Counted, (), (source, organisations))

struct Thresholds {
  int64_t branch_max_members = 0;
  int64_t general_branch_max_members = 0;
  int64_t min_full_members = 0;
};
BOOST_DESCRIBE_STRUCT(Thresholds, (),
                      (branch_max_members, general_branch_max_members, min_full_members))

struct CheckAnswer {
  std::string_view rule;
  shape::OneOf<&Levels> status;
  std::string_view message;
};
BOOST_DESCRIBE_STRUCT(CheckAnswer, (), (rule, status, message))

// The formation rules checked against the member rows as they are now.
struct ChecksAnswer {
  static constexpr std::string_view kSchemaName = "OrgChecks";
  int64_t org_id = 0;
  shape::OneOf<&Kinds> kind;
  bool joint = false;
  int64_t members = 0;
  int64_t full_members = 0;
  int64_t probationary_members = 0;
  Counted counted;
  Thresholds thresholds;
  std::vector<CheckAnswer> checks;
  static constexpr shape::Doc kDocs[] = {
      {"members", "party_members rows of the organisation and those below it"}};
};
BOOST_DESCRIBE_STRUCT(ChecksAnswer, (),
                      (org_id, kind, joint, members, full_members, probationary_members, counted,
                       thresholds, checks))

// A party member: the masked person with the membership.
struct MemberAnswer : people::PersonAnswer {
  static constexpr std::string_view kSchemaName = "PartyMember";
  int64_t org_id = 0;
  shape::OneOf<&MemberStatuses> status;
  std::optional<std::string_view> joined_on;
  shape::Time member_since;
  static constexpr shape::Doc kDocs[] = {{"birth_date", "YYYY-MM-DD"},
                                         {"id_number", "masked: first 6 and last 4 characters"},
                                         {"phone", "masked: first 3 and last 4 digits"},
                                         {"org_id", "the organisation holding the membership"},
                                         {"joined_on", "admission date, YYYY-MM-DD"}};
};
BOOST_DESCRIBE_STRUCT(MemberAnswer, (people::PersonAnswer),
                      (org_id, status, joined_on, member_since))

OrgAnswer AnswerOf(const Org& o);
OrgViewAnswer ViewOf(const OrgView& v);
ChecksAnswer ChecksOf(const ChecksReport& r, const OrgRules& rules);
MemberAnswer AnswerOf(const Member& m);

}  // namespace linli::orgs
