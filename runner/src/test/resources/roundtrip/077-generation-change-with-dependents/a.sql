CREATE TABLE public.prices (id integer PRIMARY KEY, amount numeric NOT NULL UNIQUE);
CREATE TABLE public.boxes (
    id integer PRIMARY KEY,
    width numeric NOT NULL,
    area numeric GENERATED ALWAYS AS (width * 2) STORED UNIQUE CHECK (area > 0),
    perimeter numeric CHECK (perimeter > width),
    CONSTRAINT boxes_area_fkey FOREIGN KEY (area) REFERENCES public.prices (amount)
);
CREATE INDEX boxes_half_idx ON public.boxes ((area / 2));
CREATE INDEX boxes_width_idx ON public.boxes (width) WHERE area IS NOT NULL;
CREATE INDEX boxes_perimeter_idx ON public.boxes (perimeter);
CREATE SEQUENCE public.box_numbers OWNED BY public.boxes.area;
CREATE TABLE public.labels (id integer PRIMARY KEY, box_area numeric REFERENCES public.boxes (area));
CREATE VIEW public.box_areas AS SELECT id, area, perimeter FROM public.boxes;
INSERT INTO public.prices VALUES (1, 4), (2, 6);
INSERT INTO public.boxes (id, width, perimeter) VALUES (1, 2, 8);
