#include "logging.h"

Q_LOGGING_CATEGORY(lcTopology, "prc.core.topology", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHelm, "prc.core.helm", QtWarningMsg)
Q_LOGGING_CATEGORY(lcOci, "prc.core.oci", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCredentials, "prc.core.credentials", QtWarningMsg)
Q_LOGGING_CATEGORY(lcFederation, "prc.core.federation", QtWarningMsg)
Q_LOGGING_CATEGORY(lcJobs, "prc.core.jobs", QtWarningMsg)
