"""HTTP plumbing shared by the routers and pages: dependencies, errors, security headers, rate
limits."""
