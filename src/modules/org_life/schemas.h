// The OpenAPI schemas of the org_life module's requests and answers, for its routes.
#pragma once

#include <string_view>
#include <vector>

#include <boost/json/value.hpp>

namespace linli::org_life {

// The kinds of meeting, for an enumeration.
std::vector<std::string_view> KindList();

// {id, kind, name, path} of an organisation.
boost::json::value OrgRefSchema();
// "OrgLifeMeeting" and "MemberAppraisal", the schemas the module adds.
boost::json::value MeetingSchema();
boost::json::value AppraisalSchema();
// A period of a plan, as PlanJson and CoverageJson write it (json.h).
boost::json::value SlotSchema();
// An organisation and a member of the coverage.
boost::json::value CoverageOrgSchema();
boost::json::value CoverageMemberSchema();
// The attendance list a meeting is recorded or corrected with.
boost::json::value AttendanceRequest();

}  // namespace linli::org_life
