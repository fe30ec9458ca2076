/** Folder where drawn share cards and leaflet PDFs are kept between builds (src/integrations/build-outputs.ts). */
declare const __BUILD_OUTPUTS_CACHE__: string;
/** Source file of the thread that draws leaflet PDFs (src/build/leaflet-worker.ts). */
declare const __LEAFLET_WORKER__: string;
