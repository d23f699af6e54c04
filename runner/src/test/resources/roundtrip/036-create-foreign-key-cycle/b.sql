CREATE TABLE public.unrelated (id integer PRIMARY KEY);

CREATE TABLE public.departments (id integer PRIMARY KEY, manager_id integer);
CREATE TABLE public.employees (id integer PRIMARY KEY, department_id integer REFERENCES public.departments (id));
ALTER TABLE public.departments ADD CONSTRAINT departments_manager_fk FOREIGN KEY (manager_id) REFERENCES public.employees (id);
