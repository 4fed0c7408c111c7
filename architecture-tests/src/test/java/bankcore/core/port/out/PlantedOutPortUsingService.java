package bankcore.core.port.out;

import bankcore.core.service.TransferService;

/** Planted violation, not production code: an out-port that names the service implementing the use case. */
interface PlantedOutPortUsingService {
    void notify(TransferService service);
}
