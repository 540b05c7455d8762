package org.w3id.armscontrol.deploy;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The replicas behind nginx (deploy/nginx/arms-control.conf); skipped when nginx is not installed. */
class NginxReplicasTest extends CachedReplicasContract {
    @Override
    void assumeInstalled() {
        Assumptions.assumeTrue(CacheProcess.binary("nginx").isPresent(),
                "nginx is not installed (Debian: apt-get install nginx-light; .ci/run installs it): this test needs a real nginx");
    }

    @Override
    CacheProcess startCache(Path dir, int replica1, int replica2) throws Exception {
        return Nginx.start(CacheProcess.binary("nginx").orElseThrow(), dir, replica1, replica2);
    }
}
