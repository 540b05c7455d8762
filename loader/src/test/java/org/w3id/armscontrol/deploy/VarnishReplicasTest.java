package org.w3id.armscontrol.deploy;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The replicas behind Varnish (deploy/varnish/default.vcl); skipped when varnishd is not installed. */
class VarnishReplicasTest extends CachedReplicasContract {
    @Override
    void assumeInstalled() {
        Assumptions.assumeTrue(CacheProcess.binary("varnishd").isPresent(),
                "varnishd is not installed (Debian: apt-get install varnish; .ci/run installs it): this test needs a real Varnish");
    }

    @Override
    CacheProcess startCache(Path dir, int replica1, int replica2) throws Exception {
        return Varnish.start(CacheProcess.binary("varnishd").orElseThrow(), dir, replica1, replica2);
    }
}
