#pragma once

#include <QLoggingCategory>

// Developer diagnostics, one category per area: enable with QT_LOGGING_RULES="prc.core.oci.debug=true".
// What operators read goes through Util::ActivityLog instead.
Q_DECLARE_LOGGING_CATEGORY(lcTopology)
Q_DECLARE_LOGGING_CATEGORY(lcHelm)
Q_DECLARE_LOGGING_CATEGORY(lcOci)
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)
Q_DECLARE_LOGGING_CATEGORY(lcFederation)
Q_DECLARE_LOGGING_CATEGORY(lcJobs)
