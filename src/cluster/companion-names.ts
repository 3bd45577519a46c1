// The object names of a policy's companions (the registry allow-list, pull policy, audit and alerts).

/** The object names of the companions of policy `name`. */
export function companionNames(name: string) {
  return {
    registries: `${name}-registries`,
    pullPolicy: `${name}-pull-always`,
    audit: `${name}-audit`,
    alerts: `${name}-alerts`,
  };
}
