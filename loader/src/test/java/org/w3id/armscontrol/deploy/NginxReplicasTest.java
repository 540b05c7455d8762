package org.w3id.armscontrol.deploy;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The replicas behind nginx (deploy/nginx/arms-control.conf); skipped when nginx is not installed. */
class NginxReplicasTest extends CachedReplicasContract {
    @Override
    CacheProcess startCache(Path dir, int replica1, int replica2) throws Exception {
        Path nginx = CacheProcess.binary("nginx").orElse(null);
        Assumptions.assumeTrue(nginx != null,
                "nginx is not installed (Debian: apt-get install nginx-light; .ci/run installs it): this test needs a real nginx");
        return Nginx.start(nginx, dir, replica1, replica2);
    }
}
